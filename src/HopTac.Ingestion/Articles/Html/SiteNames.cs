using HopTac.Core.Text;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Finds the site's own name on a page that does not state it (no og:site_name, no JSON-LD publisher). Pages append
/// it to their titles after a separator ("… - VnExpress", "… | Báo Nhân Dân điện tử", "… - Tuổi Trẻ Online"), and
/// the publisher's host is the same name without spaces and marks (vnexpress.net, nhandan.vn, tuoitre.vn). A title
/// segment whose folded letters contain the host's name, or are contained in it, is the site's name: with it the
/// title loses its tail and the meta author that only repeats it ("VnExpress") is not taken for a writer.
/// </summary>
internal static class SiteNames
{
    /// <summary>Separators between a headline and a site name, widest first so " | " is not read as " - ".</summary>
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • "];

    /// <summary>
    /// Subdomains that name a service, not the publisher ("www.", "m." for mobile, "en." for an English edition).
    /// </summary>
    private static readonly string[] ServiceLabels = ["www", "m", "mobile", "amp", "en", "vi", "news", "tin"];

    /// <summary>Host names shorter than this match too many words by chance ("vn", "tt").</summary>
    private const int MinHostLetters = 4;

    /// <summary>The site name the title carries at its end or start, when the page's host names the same site; else null.</summary>
    public static string? FromTitle(string? title, string? pageUrl)
    {
        if (string.IsNullOrEmpty(title) || HostName(pageUrl) is not { } host)
        {
            return null;
        }

        foreach (var sep in Separators)
        {
            var last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0 && Matches(title[(last + sep.Length)..], host))
            {
                return title[(last + sep.Length)..].Trim();
            }

            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && Matches(title[..first], host))
            {
                return title[..first].Trim();
            }
        }

        return null;
    }

    /// <summary>The publisher's part of a page address, letters only: "https://www.vietnamplus.vn/…" gives "vietnamplus".</summary>
    internal static string? HostName(string? pageUrl)
    {
        if (string.IsNullOrEmpty(pageUrl) || !Uri.TryCreate(pageUrl, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var labels = uri.Host.ToLowerInvariant().Split('.');
        if (labels.Length < 2)
        {
            return null;
        }

        // The label before the public suffix: "nhandan" in nhandan.vn, "baochinhphu" in baochinhphu.vn, "bbc" in bbc.co.uk.
        var i = labels.Length - 2;
        if (i > 0 && labels[i] is "com" or "org" or "net" or "gov" or "edu" or "co" or "ac")
        {
            i--;
        }

        if (Array.IndexOf(ServiceLabels, labels[i]) >= 0)
        {
            return null;
        }

        var name = new string([.. labels[i].Where(char.IsLetterOrDigit)]);
        return name.Length >= MinHostLetters ? name : null;
    }

    private static bool Matches(string segment, string host)
    {
        var letters = Letters(segment);

        // A segment of many words is a headline, not a name ("Việt Nam - Nhật Bản ký thỏa thuận ..." has a dash too).
        // A segment inside the host must cover most of it: "Việt Nam" is in "vietnamplus" but is not the site.
        return letters.Length >= MinHostLetters && segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            && (letters.Contains(host, StringComparison.Ordinal) || (host.Contains(letters, StringComparison.Ordinal) && letters.Length * 4 >= host.Length * 3));
    }

    /// <summary>Folded letters and digits only: "Báo Nhân Dân điện tử" gives "baonhandandientu", "Vietnam+" gives "vietnam".</summary>
    private static string Letters(string s) => new([.. VietnameseText.Fold(s).Where(char.IsLetterOrDigit)]);
}
