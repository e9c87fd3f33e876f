using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>
/// Timeline participants named as the consolidated people of their pages. The pages are composed for these tests in
/// the manner of Vietnamese news reports of a Moscow visit; none is taken from a real site.
/// </summary>
public sealed class ParticipantPeopleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Vietnamese = "Tổng Bí thư Tô Lâm";

    private static PageRecord Page(string source, string russian, string participant, string date = "2025-05-09", string type = "talks", string? lead = null)
    {
        var sentence = $"Ngày {date[8..]}/{date[5..7]}, tại Moskva, {Vietnamese} đã hội đàm với Tổng thống Nga {participant}.";
        var text = (lead is null ? string.Empty : lead + "\n") + sentence + "\nHai bên nhất trí thúc đẩy hợp tác năng lượng và giáo dục.";
        var people = new List<Person> { new("Tô Lâm", "Tổng Bí thư", "VN", sentence, text.IndexOf(sentence, StringComparison.Ordinal)) };
        if (russian.Length > 0)
        {
            var evidence = lead ?? sentence;
            people.Add(new Person(russian, "Tổng thống Nga", "RU", evidence, text.IndexOf(evidence, StringComparison.Ordinal)));
        }

        return new PageRecord
        {
            Source = source,
            Relevant = true,
            Title = $"Việt Nam - Nga làm sâu sắc quan hệ đối tác ({source})",
            Published = date + "T20:00",
            Text = text,
            People = people,
            Events = [new EventFact(type, date, ["VN", "RU"], ["Tô Lâm", participant], "Moskva", sentence, text.IndexOf(sentence, StringComparison.Ordinal))],
            Areas = ["energy"],
        };
    }

    private static async Task<Timeline> SaveAndReadAsync(TempStore temp, params PageRecord[] pages)
    {
        foreach (var page in pages)
        {
            await temp.Store.SaveAsync(page, Ct);
        }

        return await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("RU"), Ct);
    }

    private static string IdOf(TimelineEvent e, string name)
    {
        var index = e.Participants.ToList().IndexOf(name);
        Assert.True(index >= 0, $"{name} is not among {string.Join(", ", e.Participants)}");
        return e.ParticipantIds[index];
    }

    [Fact]
    public async Task Two_reports_of_one_talks_list_the_president_once_by_his_full_name_with_his_person_id()
    {
        await using var temp = await TempStore.CreateAsync();
        var timeline = await SaveAndReadAsync(
            temp,
            Page("tin/nga-1.txt", "V. Putin", "V. Putin"),
            Page("tin/nga-2.txt", "Vladimir Putin", "Vladimir Putin"));

        var talks = Assert.Single(timeline.Events);
        Assert.Equal(2, talks.Sources.Count);
        Assert.Equal(talks.Participants.Count, talks.ParticipantIds.Count);
        Assert.Single(talks.Participants, n => n.Contains("Putin", StringComparison.Ordinal));
        var id = IdOf(talks, "Vladimir Putin");
        Assert.StartsWith("P", id, StringComparison.Ordinal);

        var people = await temp.Store.Knowledge.FindPeopleAsync("Vladimir Putin", Ct);
        var putin = Assert.Single(people);
        Assert.Equal(id, putin.Id);
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Contains(talks.Id, putin.EventIds);
        Assert.StartsWith("P", IdOf(talks, "Tô Lâm"), StringComparison.Ordinal);

        // The fact's own page names the same people with their ids.
        var detail = await temp.Store.Knowledge.GetFactAsync(talks.Id, Ct);
        Assert.NotNull(detail);
        Assert.Equal(talks.Participants, detail.Participants);
        Assert.Equal(talks.ParticipantIds, detail.ParticipantIds);
        Assert.Empty((await temp.Store.Knowledge.GetFactAsync(id, Ct))!.Participants);
        Assert.NotEqual(id, IdOf(talks, "Tô Lâm"));
    }

    [Fact]
    public async Task An_event_naming_only_the_surname_shows_the_full_name_the_page_gives_elsewhere()
    {
        await using var temp = await TempStore.CreateAsync();
        var lead = "Tổng thống Nga Vladimir Putin đã đón Tổng Bí thư Tô Lâm tại Điện Kremlin.";
        var timeline = await SaveAndReadAsync(temp, Page("tin/nga-3.txt", "Vladimir Putin", "Putin", lead: lead));

        var talks = Assert.Single(timeline.Events);
        Assert.Equal(["Tô Lâm", "Vladimir Putin"], talks.Participants.Order(StringComparer.Ordinal));
        var id = IdOf(talks, "Vladimir Putin");

        var putin = Assert.Single(await temp.Store.Knowledge.FindPeopleAsync("Vladimir Putin", Ct));
        Assert.Equal(id, putin.Id);
        Assert.Equal([talks.Id], putin.EventIds);
        var latest = Assert.Single(await temp.Store.Knowledge.LatestEventsAsync(10, Ct));
        Assert.Equal(talks.Participants, latest.Participants);
        Assert.Equal(talks.ParticipantIds, latest.ParticipantIds);
    }

    [Fact]
    public async Task A_surname_with_no_full_form_anywhere_stays_as_written()
    {
        await using var temp = await TempStore.CreateAsync();
        var timeline = await SaveAndReadAsync(temp, Page("tin/nga-4.txt", "Putin", "Putin"));

        var talks = Assert.Single(timeline.Events);
        Assert.Contains("Putin", talks.Participants);
        Assert.DoesNotContain(talks.Participants, n => n.Contains("Vladimir", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_participant_no_person_of_the_page_fits_keeps_its_name_and_an_empty_id()
    {
        await using var temp = await TempStore.CreateAsync();
        var timeline = await SaveAndReadAsync(temp, Page("tin/nga-5.txt", string.Empty, "Dmitry Medvedev"));

        var talks = Assert.Single(timeline.Events);
        Assert.Equal(string.Empty, IdOf(talks, "Dmitry Medvedev"));
        Assert.NotEqual(string.Empty, IdOf(talks, "Tô Lâm"));
    }

    [Fact]
    public async Task A_surname_two_people_of_the_page_share_is_not_given_to_either()
    {
        await using var temp = await TempStore.CreateAsync();
        var page = Page("tin/my-1.txt", "George Bush", "Bush");
        page = page with
        {
            People = [.. page.People, new Person("Jeb Bush", "cựu Thống đốc bang Florida", "US", page.Text, 0)],
        };
        var timeline = await SaveAndReadAsync(temp, page);

        var talks = Assert.Single(timeline.Events);
        Assert.Equal(string.Empty, IdOf(talks, "Bush"));
    }

    [Fact]
    public async Task Participant_ids_are_written_in_the_json_in_snake_case()
    {
        await using var temp = await TempStore.CreateAsync();
        var timeline = await SaveAndReadAsync(temp, Page("tin/nga-6.txt", "Vladimir Putin", "Vladimir Putin"));

        var json = KnowledgeJson.Serialize(Assert.Single(timeline.Events));
        var id = IdOf(timeline.Events[0], "Vladimir Putin");
        Assert.Contains("\"participant_ids\":[", json, StringComparison.Ordinal);
        Assert.Contains($"\"{id}\"", json, StringComparison.Ordinal);
    }
}
