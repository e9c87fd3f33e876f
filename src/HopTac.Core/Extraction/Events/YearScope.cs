using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// Whether the one year a sentence names may give its year to the sentence's days that lack one. A bare year right after
/// a noun modifies that noun ("Luật Kiểm toán nhà nước năm 2015", "chuyến thăm Việt Nam năm 2016", "thoả thuận ... ký kết
/// năm 2015", "bầu cử tổng thống năm 2016"): it dates that thing, not the clause, and a day elsewhere in the sentence
/// ("vừa qua đời ngày 8-6", "hôm 16/7", "ngày 5/11") is of another time (grammar: a modifier follows its head; the
/// sentence's time adverbial opens the sentence or follows a time preposition, "Năm 2016, ...", "trong năm 2018",
/// "hồi tháng 5/2019"). <see cref="DateFinder.FrameYear"/> already reads the sentence before this way; this reads the
/// sentence itself so. In the study folders 17 event records took such a year for a day of the same sentence, 11 of
/// them a wrong year (a 2018 Helsinki summit dated 2016, Trump's Japan visit dated 2014 from Obama's, a 1965 visit).
/// </summary>
internal static class YearScope
{
    /// <summary>
    /// True when <paramref name="namedYear"/>, the one year <paramref name="text"/> names (<see cref="DateFinder.NamedYear"/>,
    /// read by the caller), frames nothing: it modifies a noun.
    /// </summary>
    public static bool ModifiesANoun(string text, int? namedYear) => namedYear is not null && DateFinder.FrameYear(text) is null;
}
