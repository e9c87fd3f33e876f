using System.Text.RegularExpressions;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// A trip whose object is a region or a number of states ("chuyến công du châu Á", "chuyến thăm 4 nước", "công du Trung
/// Đông", "công du một số nước châu Á") is a tour: several visits, each with its own host. As one record it has no second
/// side the sentence names, so the page's partner or a state said about is lent to it (session-12 audit: "a tour read as
/// one state"; 17 of 19 such records in the study folders 300-449 wrong). facts.md: an event's actors are the sides that
/// take part; grammar: the object of "thăm"/"công du" names the place visited, here a region, not a state.
/// </summary>
internal static partial class EventTour
{
    /// <summary>True when the visit trigger ending at <paramref name="end"/> of the folded sentence names a region or a count of states as its object.</summary>
    public static bool Names(string folded, int end)
    {
        try
        {
            return Region().IsMatch(folded.AsSpan(end, Math.Min(60, folded.Length - end)));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // After the trigger: its kind and ordinal ("chính thức", "đầu tiên", "lần thứ 3"), a preposition of direction or place,
    // then a continent, a named region, "khu vực", or a count of states ("6 nước châu Á", "ba nước", "một số nước",
    // "các nước"). "Đông Nam Á" and "châu Á - Thái Bình Dương" are regions of many states.
    [GeneratedRegex(@"^\s*(?:(?:chinh thuc|dau tien|lich su|ngoai giao|keo dai \S+ (?:ngay|tuan)|lan (?:thu )?\S+|toi|den|sang|tai|o|vong quanh|khap)\s+){0,4}(?:chau (?:a|au|phi|my|uc|mi)\b|trung dong\b|dong nam a\b|dong a\b|nam a\b|trung a\b|bac au\b|dong au\b|tay au\b|nam my\b|my latin(?:h)?\b|khu vuc\b|(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|mot so|cac|nhieu) (?:nuoc|quoc gia)\b)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Region();
}
