namespace HopTac.Web.Hosting;

/// <summary>
/// Which return addresses a redirect may follow: a path on this site, exactly as ASP.NET's <c>IsLocalUrl</c> decides
/// (no "//" or "/\", no control character anywhere), so that <c>LocalRedirect</c> never throws on what passes here.
/// </summary>
internal static class LocalUrls
{
    public const int MaxLength = 2000;

    public static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= MaxLength }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.AsSpan().ContainsAnyInRange('\0', '\x1f')
        && !url.AsSpan().ContainsAnyInRange('\x7f', '\x9f');

    /// <summary>The address itself when local, else the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
