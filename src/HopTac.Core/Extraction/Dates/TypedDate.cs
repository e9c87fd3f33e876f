using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Dates;

/// <summary>
/// A date as a person types it into a form or a command (a curator's correction, a filter): the ISO forms of
/// <see cref="PartialDate.TryParse"/> ("2021", "2021-10", "2021-10-28", "--10-28", ranges) and the Vietnamese forms
/// <see cref="DateFinder"/> reads in articles ("28/10/2021", "ngày 28/10/2021", "tháng 10/2021", "28 tháng 10 năm
/// 2021", "quý I/2024", "2021-2025" after "giai đoạn"), plus "10/2021", which a person means as a month. No date
/// grammar of its own: the whole text must be one date the two parsers read, with nothing left over but the words
/// that introduce a date (ngày, tháng, năm), so "28/10/2021 hoặc sau đó" or "yesterday" is refused, never half read.
/// </summary>
public static class TypedDate
{
    /// <summary>Longer input is refused unread: a date is a few words.</summary>
    public const int MaxLength = 64;

    private static readonly string[] Cues = ["ngày", "tháng", "năm", "mùng", "mồng", "giai đoạn"];

    /// <summary>The date <paramref name="text"/> names, or null when it is not exactly one date.</summary>
    public static PartialDate? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var typed = VietnameseText.Normalize(text).Trim();
        if (PartialDate.Parse(typed) is { } iso)
        {
            return iso;
        }

        // "10/2021" alone reads as a day and a month to the article parser; typed in a date field it is a month.
        // "2021-2025" is a period: the article parser wants "giai đoạn" before it.
        foreach (var candidate in new[] { typed, "tháng " + typed, "giai đoạn " + typed })
        {
            if (Whole(candidate) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static PartialDate? Whole(string text)
    {
        var found = DateFinder.FindAll(text, DateContext.None);
        if (found is not [{ Value: { } date } mention])
        {
            return null;
        }

        var rest = (text[..mention.Start] + " " + text[(mention.Start + mention.Length)..]).Trim().ToLowerInvariant();
        return rest.Length == 0 || Cues.Contains(rest, StringComparer.Ordinal) ? date : null;
    }
}
