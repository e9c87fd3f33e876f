namespace HopTac.Crawling.Urls;

/// <summary>
/// One spelling per page: absolute http(s), lower-case scheme and host, no default port, no fragment, tracking
/// parameters dropped and the others sorted (the same page linked from a feed, a share button and a newsletter
/// then has one frontier row). Returns null for anything that is not a fetchable http(s) URL.
/// </summary>
public static class UrlNormalizer
{
    /// <summary>
    /// Parameters that only say where a reader came from: the utm_ family and the click ids of the ad and social
    /// platforms that Vietnamese sites are shared on (Facebook fbclid, Google gclid/dclid, Zalo zarsrc and gidzl).
    /// </summary>
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "zarsrc", "gidzl", "_ga", "_gl",
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "cmpid", "icid", "ocid", "ref_src", "spm",
    };

    /// <summary>Normalises <paramref name="url"/>, resolved against <paramref name="baseUri"/> when relative.</summary>
    public static string? Normalize(string? url, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048)
        {
            return null;
        }

        url = url.Trim();
        Uri? uri;
        if (baseUri is null ? !Uri.TryCreate(url, UriKind.Absolute, out uri) : !Uri.TryCreate(baseUri, url, out uri))
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var builder = new UriBuilder(uri) { Fragment = string.Empty, Host = uri.IdnHost.ToLowerInvariant() };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        builder.Query = CleanQuery(uri.Query);
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri.AbsoluteUri;
    }

    /// <summary>The politeness key of a URL: host and port, lower-case.</summary>
    public static string HostOf(string url) => new Uri(url).Authority.ToLowerInvariant();

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair[..(pair.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0 ? eq : pair.Length)]))
            .Order(StringComparer.Ordinal)
            .ToList();
        return kept.Count == 0 ? string.Empty : string.Join('&', kept);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
