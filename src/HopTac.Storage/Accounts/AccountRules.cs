using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HopTac.Storage.Accounts;

/// <summary>
/// The rules of <see cref="IAccountStore"/> that are not SQL, shared by every store: names, token secrets and their
/// hashes, the marker of a used one-time code, bounded audit fields and how times are written.
/// </summary>
internal static class AccountRules
{
    /// <summary>Names and token labels longer than this are refused: they are labels, not documents.</summary>
    public const int MaxNameLength = 64;

    public const string TokenPrefix = "htk_";

    /// <summary>Written in place of a used one-time code's hash; not of the form a hash has, so nothing verifies against it.</summary>
    public const string UsedCodeMarker = "used-one-time-code$";

    public const string InvalidName = "a name is 1 to 64 letters, digits, '.', '-' or '_'";

    /// <summary>Whether a name can be an account name: short, and plain enough to type and to show anywhere.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxNameLength && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>A token label as stored, or null when it cannot be one (blank, too long) or the scope is unknown.</summary>
    public static string? TokenLabel(string? name, string scope)
    {
        var label = (name ?? string.Empty).Trim();
        return label.Length is 0 or > MaxNameLength || !TokenScopes.IsKnown(scope) ? null : label;
    }

    /// <summary>A new token secret and the prefix shown to people so they can tell their tokens apart.</summary>
    public static (string Secret, string Prefix) NewToken()
    {
        var secret = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, secret[..(TokenPrefix.Length + 6)]);
    }

    /// <summary>Whether a presented secret can be a token at all (checked before any query).</summary>
    public static bool CouldBeToken(string? secret) =>
        !string.IsNullOrWhiteSpace(secret) && secret.Length <= 200 && secret.StartsWith(TokenPrefix, StringComparison.Ordinal);

    public static string HashToken(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>A new security stamp: 16 random bytes in lower-case hex.</summary>
    public static string NewSecurityStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Cut(string? value, int max) => value is null ? string.Empty : value.Length <= max ? value : value[..max];

    public static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    // Always UTC in round-trip form, so stored times compare correctly as text.
    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
