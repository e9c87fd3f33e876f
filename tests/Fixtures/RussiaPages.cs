using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage;
using HopTac.Storage.Sqlite;

namespace HopTac.Tests.Fixtures;

/// <summary>
/// Pages composed for these tests in the manner of Vietnamese news (none is taken from a real site): a visit to
/// Russia, a memorandum on health with a figure, a yearless meeting and a meeting announced for a future date,
/// with their facts as the extractor would record them.
/// </summary>
internal static class RussiaPages
{
    public const string VisitSentence = "Ngày 12/3/2022, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Nga Sergey Lavrov tại Moskva.";
    public const string SigningSentence = "Hai bên đã ký Bản ghi nhớ hợp tác y tế giai đoạn 2022-2025 vào ngày 12/3/2022.";
    public const string DosesSentence = "Phía Nga trao tặng Việt Nam 1 triệu liều vắc xin Sputnik V.";
    public const string YearlessSentence = "Ngày 5/9, Thứ trưởng Lê Văn Hải tiếp Đại sứ Nga Gennady Bezdetko.";
    public const string FutureSentence = "Ngày 20/6/2031, Chủ tịch nước sẽ thăm chính thức Liên bang Nga.";

    public static PageRecord[] All() =>
    [
        new()
        {
            Source = "https://tin.example.vn/nga-hoi-dam.html",
            Relevant = true,
            Title = "Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Nga",
            Published = "2022-03-12T20:00",
            Text = $"{VisitSentence}\n{SigningSentence}\n{DosesSentence}",
            People =
            [
                new Person("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", "VN", VisitSentence, 0),
                new Person("Sergey Lavrov", "Ngoại trưởng", "RU", VisitSentence, 0),
            ],
            Events = [new EventFact("talks", "2022-03-12", ["VN", "RU"], ["Bùi Thanh Sơn", "Sergey Lavrov"], "Moskva", VisitSentence, 0)],
            Agreements = [new AgreementFact("memorandum", "Bản ghi nhớ hợp tác y tế", ["VN", "RU"], "2022-03-12", "2022/2025", SigningSentence, VisitSentence.Length + 1)],
            Figures = [new Figure(1_000_000m, "liều", null, "1 triệu liều", DosesSentence, VisitSentence.Length + SigningSentence.Length + 2)],
            Areas = ["health"],
        },
        new()
        {
            Source = "tin/nga-tiep-dai-su.txt",
            Relevant = true,
            Title = "Thứ trưởng tiếp Đại sứ Nga",
            Text = YearlessSentence,
            People = [new Person("Gennady Bezdetko", "Đại sứ", "RU", YearlessSentence, 0)],
            Events = [new EventFact("meeting", "--09-05", ["VN", "RU"], ["Lê Văn Hải", "Gennady Bezdetko"], null, YearlessSentence, 0)],
        },
        new()
        {
            Source = "tin/nga-tham-2031.txt",
            Relevant = true,
            Title = "Chủ tịch nước sẽ thăm Nga",
            Published = "2030-12-01T08:00",
            Text = FutureSentence,
            Events = [new EventFact("visit", "2031-06-20", ["VN", "RU"], [], null, FutureSentence, 0)],
        },
    ];

    /// <summary>A fresh store under a temporary folder holding <see cref="All"/>.</summary>
    public static async Task<(SqlitePageStore Store, string Path)> StoreAsync(TimeProvider? clock = null)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hoptac-russia-tests", Guid.NewGuid().ToString("N"), "store.db");
        var store = await SqlitePageStore.OpenAsync(path, clock ?? TimeProvider.System, CancellationToken.None);
        foreach (var page in All())
        {
            var saved = await store.SaveAsync(page, CancellationToken.None);
            Assert.NotEqual(SaveOutcome.Rejected, saved.Outcome);
        }

        return (store, path);
    }
}
