using HopTac.Core.Text;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// The small controls news sites set inside the article's wrapper, above or below the body: font-size buttons
/// ("Cỡ chữ A- A A+"), vote and like counters ("Bạn thấy bài viết thế nào? 35 lượt thích", "Bình chọn 24"), view
/// counts, share, save and print links. They are short, and made of interface words and numbers only; a sentence
/// that uses one of the words ("hai bên chia sẻ kinh nghiệm") has other words around it and is kept.
/// </summary>
internal static class PageWidgets
{
    /// <summary>Longest text a widget has; the longest above is the vote question with its counts.</summary>
    private const int MaxChars = 100;

    /// <summary>
    /// Interface words, folded. Each is a label of a control in the shared CMSs of Vietnamese news sites (font size, vote,
    /// like, view count, share, save, print, send, comment count) or the English one of the same control; single
    /// letters are the font-size buttons' "A".
    /// </summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "co", "chu", "a", "binh", "chon", "luot", "xem", "thich", "chia", "se", "luu", "bai", "in", "gui", "ban", "thay",
        "viet", "nay", "the", "nao", "hay", "chua", "facebook", "zalo", "twitter", "email", "copy", "link", "thanh", "cong",
        "theo", "doi", "tweet", "print", "share", "like", "likes", "views", "view", "save", "vote", "votes", "comments", "comment", "luong", "nghe",
    };

    /// <summary>Words that must be there: a line of "Hay" and "Bài" alone is not a widget, "Bình chọn" or "lượt xem" is.</summary>
    private static readonly string[] Anchors =
    [
        "co chu", "binh chon", "luot xem", "luot thich", "chia se", "luu bai", "in bai", "gui bai", "ban thay bai viet",
        "copy link", "print", "share", "views", "likes", "votes",
    ];

    /// <summary>True when <paramref name="text"/> is a row of controls and counters, not article text.</summary>
    public static bool IsWidget(string text)
    {
        if (text.Length is 0 or > MaxChars)
        {
            return false;
        }

        var folded = VietnameseText.Fold(text);
        var words = 0;
        foreach (var w in folded.Split([' ', ':', '?', '|', '(', ')', '-', '+', '/', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.All(char.IsDigit))
            {
                continue;
            }

            if (!Words.Contains(w))
            {
                return false;
            }

            words++;
        }

        return words > 0 && Anchors.Any(a => (" " + folded + " ").Contains(" " + a + " ", StringComparison.Ordinal) || folded.StartsWith(a, StringComparison.Ordinal));
    }
}
