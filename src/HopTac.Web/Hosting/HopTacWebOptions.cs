using System.ComponentModel.DataAnnotations;

namespace HopTac.Web.Hosting;

/// <summary>Settings of the web app (configuration section <c>HopTac</c>), validated when the app starts.</summary>
public sealed class HopTacWebOptions : IValidatableObject
{
    public const string Section = "HopTac";

    /// <summary>The SQLite store file, the same one the CLI uses.</summary>
    [Required]
    public string Db { get; set; } = "hoptac.db";

    /// <summary>
    /// Serve the knowledge base read-only to visitors without an account (<c>hoptac serve --public</c>), for a group
    /// that publishes it: every page and API read is open; curating, accounts and tokens still need sign-in.
    /// </summary>
    public bool Public { get; set; }

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

    /// <summary>
    /// Sign-in and password-change attempts (POSTs; loading the form is free) one client address may make per minute:
    /// PBKDF2 is slow on purpose, so guessing must be too.
    /// </summary>
    [Range(1, 100_000)]
    public int SignInsPerMinute { get; set; } = 20;

    /// <summary>Attempts per minute on one account, whatever the address: guessing from many addresses is slow too.</summary>
    [Range(1, 100_000)]
    public int SignInsPerAccountPerMinute { get; set; } = 10;

    /// <summary>
    /// Mark cookies Secure even on plain HTTP requests (a proxy that terminates HTTPS without forwarding headers).
    /// Cookies on HTTPS requests are always Secure.
    /// </summary>
    public bool SecureCookies { get; set; }

    /// <summary>
    /// Honour X-Forwarded-For and X-Forwarded-Proto (scheme, client address for rate limits, Secure cookies, HSTS) from
    /// <see cref="KnownProxies"/>, or from loopback when none is listed. Off by default: a client could forge them.
    /// </summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses of the reverse proxies whose forwarded headers are trusted.</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>A signed-in session ends after this many hours without a request (the cookie slides while it is used).</summary>
    [Range(1, 24 * 30)]
    public int SessionIdleHours { get; set; } = 12;

    /// <summary>And after this many days in any case, used or not (so a signed-out session need only be remembered that long).</summary>
    [Range(1, 90)]
    public int SessionMaxDays { get; set; } = 7;

    /// <summary>Days an API token is valid when its creator asks for no other (and the longest one may ask for).</summary>
    [Range(1, 3650)]
    public int TokenDays { get; set; } = 90;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies)
        {
            if (!System.Net.IPAddress.TryParse(proxy, out _))
            {
                yield return new ValidationResult($"'{proxy}' is not an IP address", [nameof(KnownProxies)]);
            }
        }
    }
}
