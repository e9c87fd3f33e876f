using HopTac.Core.Text;

namespace HopTac.Ingestion.Articles.TextDumps;

/// <summary>
/// The page furniture of Vietnamese news sites, recognised on folded lines: labels that open related-news boxes and
/// end the article, lines that are dropped wherever they stand, and credits that close an article.
/// </summary>
internal static class PageFurniture
{
    // A line that is exactly one of these labels opens a box of other articles (or the page footer).
    private static readonly string[] StopLabels =
    [
        "tin lien quan", "bai lien quan", "bai viet lien quan", "cac bai lien quan", "tin bai lien quan",
        "doc them", "xem them", "xem nhieu", "doc nhieu", "doc nhieu nhat", "xem nhieu nhat", "tin xem nhieu",
        "tin cung chuyen muc", "bai cung chuyen muc", "cung chuyen muc", "tin khac", "cac tin khac", "tin moi",
        "tin moi nhat", "tin moi hon", "tin cu hon", "tin noi bat", "tin hay", "co the ban quan tam",
        "ban co the quan tam", "co the ban muon xem", "phien ban di dong", "tham do y kien", "binh luan",
        "y kien ban doc", "gui binh luan", "viet binh luan", "tin tieu diem", "tags", "tag", "tu khoa", "ban quyen",
        "ve dau trang", "len dau trang",
    ];

    // Lines that are dropped wherever they stand (folded prefixes).
    private static readonly string[] DroppedPrefixes =
    [
        "xuat ban thong tin", "tin tuc nguon", "doc tin tuc", "chia se", "share", "in bai", "gui bai",
        "luu bai", "lam moi", "font size", "co chu", "nghe doc bai", "nghe bai viet", "trang chu",
    ];

    public static bool IsStopLabel(string folded, int words)
    {
        if (words > 40)
        {
            return false;
        }

        // "Bình luận (3)" counts its comments; "Từ khóa: hợp tác, y tế" lists tags after the article.
        var key = folded.TrimEnd(':', ' ', '>', '»', '.', ')', '(', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return (words <= 8 && Array.Exists(StopLabels, label => string.Equals(key, label, StringComparison.Ordinal)))
            || Array.Exists(ListPrefixes, p => key.StartsWith(p, StringComparison.Ordinal));
    }

    // Boxes of links that sites also set inside an article; the article may go on below them.
    private static readonly string[] BoxLabels =
    [
        "tin lien quan", "bai lien quan", "bai viet lien quan", "cac bai lien quan", "tin bai lien quan", "doc them",
        "xem them", "co the ban quan tam", "ban co the quan tam",
    ];

    public static bool IsBoxLabel(string folded)
    {
        var key = folded.TrimEnd(':', ' ', '>', '»', '.');
        return Array.Exists(BoxLabels, label => string.Equals(key, label, StringComparison.Ordinal));
    }

    private static readonly string[] ListPrefixes = ["tags:", "tag:", "tu khoa:", "chu de:"];

    public static bool IsDropped(string line, string folded)
    {
        if (!HasLetter(line))
        {
            return true;
        }

        if (folded.Length < 60 && Array.Exists(DroppedPrefixes, p => StartsWithWord(folded, p)))
        {
            return true;
        }

        // "Theo dõi Baoquocte.vn trên" (followed by social icons) is a follow-us prompt, not text.
        if (folded.StartsWith("theo doi ", StringComparison.Ordinal) && folded.Length < 60
            && (folded.EndsWith(" tren", StringComparison.Ordinal) || folded.Contains(" tren ", StringComparison.Ordinal)))
        {
            return true;
        }

        // Inline "Xem thêm: <headline>" links sit inside articles; they drop without ending the article.
        return folded.Length < 250
            && (folded.StartsWith("xem them:", StringComparison.Ordinal) || folded.StartsWith("doc them:", StringComparison.Ordinal)
                || folded.StartsWith(">> ", StringComparison.Ordinal) || folded.StartsWith(">>", StringComparison.Ordinal));
    }

    /// <summary>A source credit closing an article: "Vụ Hợp tác quốc tế đưa tin từ ...", "Theo TTXVN", "Nguồn: VOV".</summary>
    public static bool IsClosingCredit(string folded, int words)
    {
        if (words <= 15 && folded.Contains(" dua tin tu ", StringComparison.Ordinal))
        {
            return true;
        }

        if (words <= 8 && (folded.StartsWith("theo ", StringComparison.Ordinal) || folded.StartsWith("(theo ", StringComparison.Ordinal)
            || folded.StartsWith("nguon:", StringComparison.Ordinal) || folded.StartsWith("nguon :", StringComparison.Ordinal)))
        {
            return !folded.EndsWith(':');
        }

        return words <= 3 && folded.Trim('(', ')', '.', ' ') is "ttxvn" or "vna" or "pv" or "nhom pv" or "ctv" or "tpo" or "tto";
    }

    public static string Key(string line) => FoldKey.Of(line);

    public static bool HasLetter(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithWord(string folded, string prefix) =>
        folded.StartsWith(prefix, StringComparison.Ordinal)
        && (folded.Length == prefix.Length || !char.IsLetterOrDigit(folded[prefix.Length]));
}
