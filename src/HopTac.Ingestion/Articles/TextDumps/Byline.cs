using System.Text.RegularExpressions;
using HopTac.Core.Text;

namespace HopTac.Ingestion.Articles.TextDumps;

/// <summary>
/// Recognises a byline: a short line that is a person's name ("Phương Hà", "Nguyễn Hồng", "NGUYỄN HỒNG"), as opposed
/// to agencies, photo credits, places and section labels. Only asked about lines in byline positions (next to the
/// headline or date line, or closing the article), so it can afford to be permissive about pen names.
/// </summary>
internal static partial class Byline
{
    // First words that open institutions, places, credits and labels rather than names (folded).
    private static readonly HashSet<string> NotNameStarts = new(StringComparer.Ordinal)
    {
        "theo", "anh", "nguon", "bo", "so", "cuc", "vu", "ban", "bao", "tin", "doc", "xem", "thu", "chu", "tong",
        "ong", "ba", "viet", "ha", "thanh", "tinh", "quan", "huyen", "xa", "phuong", "lien", "cong", "hoi", "trung",
        "dai", "hoc", "vien", "tap", "ngan", "quy", "to", "uy", "phong", "van", "kenh", "hang", "nha", "truong",
        "benh", "video", "clip", "infographic", "emagazine", "the", "tags", "tu", "chuyen", "muc", "trang", "home",
    };

    // Pen names that happen to start with a word above; checked on the whole folded line.
    private static readonly HashSet<string> PlaceNames = new(StringComparer.Ordinal)
    {
        "viet nam", "ha noi", "thanh pho", "tp ho chi minh", "ho chi minh", "da nang", "hai phong", "can tho",
        "the gioi", "thoi su", "kinh te", "xa hoi", "van hoa", "the thao", "giai tri", "phap luat", "giao duc",
        "suc khoe", "doi song", "cong nghe", "du lich", "quoc te", "chinh tri", "ngoai giao", "kinh doanh",
    };

    /// <summary>
    /// Reads a byline line: one to four names, separated by commas, dashes or "và", with an optional label
    /// ("Bài và ảnh:") and agency ("/TTXVN", "(VOV)") that are not part of the names.
    /// </summary>
    public static bool TryRead(string line, out IReadOnlyList<string> names)
    {
        names = [];
        if (line.Length is < 4 or > 100)
        {
            return false;
        }

        var text = Clean(line);
        string[] parts;
        try
        {
            var label = Label().Match(text);
            if (label.Success)
            {
                text = text[label.Length..];
            }

            text = Agency().Replace(text, string.Empty).Trim();
            parts = Separator().Split(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (parts.Length is < 1 or > 4 || !Array.TrueForAll(parts, IsPersonName))
        {
            return false;
        }

        names = Array.ConvertAll(parts, Clean);
        return true;
    }

    public static bool IsPersonName(string line)
    {
        var name = Clean(line);
        if (name.Length is < 4 or > 40)
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }

        var upperWords = 0;
        foreach (var word in words)
        {
            if (word.Length > 8 || !char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            if (word.Length > 1 && IsAllUpper(word))
            {
                upperWords++;
            }
        }

        // "NGUYỄN HỒNG" is a byline in capitals; "Hội nghị ASEAN" mixes an acronym into a phrase, and five words in
        // capitals are a subheading.
        if (upperWords > 0 && (upperWords != words.Length || words.Length > 4))
        {
            return false;
        }

        var folded = FoldKey.Of(name);
        if (PlaceNames.Contains(folded))
        {
            return false;
        }

        var first = folded.Split(' ')[0];
        return !NotNameStarts.Contains(first) || IsKnownGivenNameStart(words);
    }

    /// <summary>The name without a leading dash and trailing full stop, as some sites print it.</summary>
    public static string Clean(string line)
    {
        var name = VietnameseText.CollapseSpaces(line).Trim().TrimStart('-', '–', '—', ' ').TrimEnd('.', ' ');
        return name;
    }

    // "Hà Linh", "Thanh Hà" and the like are common pen names; when the line is two short words, both capitalised
    // in the usual way and neither a place we know, accept it despite a first word that can also start a place.
    private static bool IsKnownGivenNameStart(string[] words) =>
        words.Length == 2
        && words[0] is "Hà" or "Thanh" or "Phương" or "Trung" or "Văn" or "Hoàng" or "Bảo" or "Anh" or "Thu" or "Tú";

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:bài\s+(?:và|,|&)?\s*ảnh|bài|ảnh\s+và\s+bài|tác\s+giả|phóng\s+viên|người\s+viết|thực\s+hiện|nhóm\s+phóng\s+viên)\s*:\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s*(?:[/(]\s*|\s[-–]\s*)[A-ZĐ][A-ZĐ0-9.]{1,9}\)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Agency();

    [GeneratedRegex(@"\s*(?:,|;|\s[-–]\s|\s+và\s+|\s+&\s+)\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Separator();
}
