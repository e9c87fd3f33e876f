using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>
/// The partner page's reads (timeline and overview) walk from the partner's facts outwards: these tests pin that the
/// walk still finds exactly the facts, sources, participants and people the page showed before, among many pages
/// about another partner, and that the overview counts what the timeline lists.
/// </summary>
public sealed class PartnerPageReadsTests
{
    private const int JapanPages = 24;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TempStore> StoreAsync()
    {
        var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(KbPages.Visit(1), Ct);
        for (var n = 1; n <= JapanPages; n++)
        {
            await temp.Store.SaveAsync(JapanPage(n), Ct);
        }

        await temp.Store.SaveAsync(KbPages.Visit(2), Ct);
        await temp.Store.SaveAsync(KbPages.CubaSigning(), Ct);
        await temp.Store.SaveAsync(KbPages.Visit(3), Ct);
        return temp;
    }

    // One meeting a month with a Japanese minister, each on its own page with a figure and two people.
    private static PageRecord JapanPage(int n)
    {
        var day = new DateOnly(2023, 1, 1).AddDays(14 * n);
        var sentence = $"Ngày {day.Day}/{day.Month}, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nhật Bản Yamada Takio.";
        return new PageRecord
        {
            Source = $"tin/nhat-{n}.txt",
            Relevant = true,
            Title = $"Việt Nam - Nhật Bản trao đổi hợp tác ({n})",
            Published = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T09:00",
            Text = $"{sentence}\nNhật Bản cam kết {n} triệu USD vốn vay ưu đãi.",
            People =
            [
                new Person("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", "VN", sentence, 0),
                new Person("Yamada Takio", "Đại sứ Nhật Bản", "JP", sentence, 0),
            ],
            Events = [new EventFact("call", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["VN", "JP"], ["Bùi Thanh Sơn", "Yamada Takio"], "Hà Nội", sentence, 0)],
            Figures = [new Figure(n * 1_000_000m, "USD", null, $"{n} triệu USD", $"Nhật Bản cam kết {n} triệu USD vốn vay ưu đãi.", sentence.Length + 1)],
            Areas = ["finance"],
        };
    }

    [Fact]
    public async Task A_partner_among_many_pages_about_another_keeps_exactly_its_own_facts_sources_participants_and_people()
    {
        await using var temp = await StoreAsync();

        var timeline = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("LA"), Ct);
        var talks = Assert.Single(timeline.Events);
        Assert.Equal(["tin/lao-1.txt", "tin/lao-2.txt", "tin/lao-3.txt"], talks.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.Equal(["Trần Thanh Mẫn", "Xaysomphone Phomvihane"], talks.Participants);
        Assert.All(talks.ParticipantIds, id => Assert.StartsWith("P", id, StringComparison.Ordinal));
        Assert.Equal(["education_training", "health"], talks.Areas);
        var figure = Assert.Single(timeline.Figures);
        Assert.All(figure.Sources, s => Assert.StartsWith("tin/lao-", s.Source, StringComparison.Ordinal));
        Assert.Empty(timeline.Agreements);

        var overview = await temp.Store.Knowledge.GetPartnerAsync("LA", Ct);
        Assert.NotNull(overview);
        var person = Assert.Single(overview.People);
        Assert.Equal("Xaysomphone Phomvihane", person.Name);
        Assert.Equal([talks.Id], person.EventIds);
        Assert.Equal(3, person.Sources.Count);
    }

    [Fact]
    public async Task The_overview_counts_what_the_detailed_timeline_lists()
    {
        await using var temp = await StoreAsync();

        var timeline = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("JP"), Ct);
        var overview = await temp.Store.Knowledge.GetPartnerAsync("JP", Ct);

        Assert.NotNull(overview);
        Assert.Equal(JapanPages, timeline.Events.Count);
        Assert.Equal(JapanPages, timeline.Figures.Count);
        Assert.Equal(timeline.Events.Count, overview.Events);
        Assert.Equal(timeline.Figures.Count, overview.Figures);
        Assert.Equal(timeline.Agreements.Count, overview.Agreements);
        Assert.Equal(
            timeline.Events.GroupBy(e => e.Date![..4], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            overview.EventsByYear);
        Assert.Equal(JapanPages, overview.EventsByArea["finance"]);
        var yamada = Assert.Single(overview.People);
        Assert.Equal(timeline.Events.Select(e => e.Id).Order(StringComparer.Ordinal), yamada.EventIds.Order(StringComparer.Ordinal));
        Assert.All(timeline.Events, e => Assert.Contains(yamada.Id, e.ParticipantIds));
    }

    [Fact]
    public async Task A_partners_people_are_found_through_the_country_index_not_a_scan_of_every_person()
    {
        await using var temp = await StoreAsync();
        using var connection = temp.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT f.id FROM kb_facts f WHERE f.kind = 'p' AND f.status <> 'rejected' AND json_extract(f.fields, '$.country') = $code";
        command.Parameters.AddWithValue("$code", "JP");
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("kb_facts_person_country", StringComparison.Ordinal));
    }
}
