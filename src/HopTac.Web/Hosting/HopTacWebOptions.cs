using System.ComponentModel.DataAnnotations;

namespace HopTac.Web.Hosting;

/// <summary>Settings of the web app (configuration section <c>HopTac</c>), validated when the app starts.</summary>
public sealed class HopTacWebOptions
{
    public const string Section = "HopTac";

    /// <summary>The SQLite store file, the same one the CLI uses.</summary>
    [Required]
    public string Db { get; set; } = "hoptac.db";

    /// <summary>Password of the first admin; when unset a one-time code is printed instead. Read from HOPTAC_ADMIN_PASSWORD.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>PBKDF2 iterations for new password hashes (existing hashes keep their own count).</summary>
    [Range(10_000, 5_000_000)]
    public int PasswordIterations { get; set; } = Storage.Accounts.PasswordHashing.DefaultIterations;

    /// <summary>Longest search text accepted; longer queries are a validation problem.</summary>
    [Range(16, 4000)]
    public int MaxQueryLength { get; set; } = 500;

    /// <summary>Most results a search or export returns.</summary>
    [Range(1, 200)]
    public int MaxResults { get; set; } = 200;

    /// <summary>Sign-in attempts one client address may make per minute: PBKDF2 is slow on purpose, so guessing must be too.</summary>
    [Range(1, 100_000)]
    public int SignInsPerMinute { get; set; } = 20;

    /// <summary>Mark the sign-in cookie Secure (set when served behind HTTPS).</summary>
    public bool SecureCookies { get; set; }
}
