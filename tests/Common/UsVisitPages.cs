using HopTac.Core.Facts;
using HopTac.Core.Pages;

namespace HopTac.Tests.Common;

/// <summary>
/// Pages composed for the tests of years in the knowledge base (none is taken from a real site): reports of visits
/// by a US senator, one of them dating its visit "25/5" without a year, as the extractor would record them.
/// </summary>
internal static class UsVisitPages
{
    public const string YearlessSentence = "Ngày 25/5, Thượng nghị sĩ Hoa Kỳ John Carter thăm Việt Nam, hội kiến Bộ trưởng Nguyễn Văn An.";

    public static PageRecord Visit(string source, string? date, string? published, string sentence = YearlessSentence) => new()
    {
        Source = source,
        Relevant = true,
        Title = "Thượng nghị sĩ Hoa Kỳ thăm Việt Nam",
        Published = published,
        Text = sentence,
        People = [new Person("Nguyễn Văn An", "Bộ trưởng", "VN", sentence, 0), new Person("John Carter", "Thượng nghị sĩ", "US", sentence, 0)],
        Events = [new EventFact("visit", date, ["VN", "US"], ["John Carter", "Nguyễn Văn An"], null, sentence, 0)],
    };

    /// <summary>A yearless visit on a page without a date, one of 2016 and one of 2018: what a 2016 filter is tried on.</summary>
    public static PageRecord[] AcrossYears() =>
    [
        Visit("tin/khong-nam.txt", "--05-25", null),
        Visit("tin/2016.txt", "2016-03-02", "2016-03-02T08:00", "Ngày 2/3/2016, Thượng nghị sĩ John Carter gặp Bộ trưởng Nguyễn Văn An."),
        Visit("tin/2018.txt", "2018-10-09", "2018-10-09T08:00", "Ngày 9/10/2018, Thượng nghị sĩ John Carter gặp Bộ trưởng Nguyễn Văn An."),
    ];

    /// <summary>The yearless visit and a report of it that names its month and year.</summary>
    public static PageRecord[] YearlessAndDated() =>
    [
        Visit("tin/khong-nam.txt", "--05-25", null),
        Visit("tin/co-nam.txt", "2016-05", "2016-05-30T08:00", "Tháng 5/2016, Thượng nghị sĩ John Carter thăm Việt Nam, hội kiến Bộ trưởng Nguyễn Văn An."),
    ];
}
