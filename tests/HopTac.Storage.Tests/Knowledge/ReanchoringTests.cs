using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Tests.Sqlite;
using HopTac.Tests.Common;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>
/// Curators' decisions when better rules or a new version of a page change the anchored fact's evidence or date, and
/// with them its mention key: the decision follows the fact to the mention that succeeded it, or waits, visibly.
/// </summary>
public sealed class ReanchoringTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string JapanSentence = "Sáng 3/6, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Nhật Bản.";
    private const string ThaiSentence = "Chiều 12/8, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Thái Lan tại Việt Nam.";
    private const string ThaiSigning = "Hai bên đã ký Bản ghi nhớ hợp tác về du lịch.";
    private const string KoreaSentence = "Chiều 15/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hàn Quốc tại Seoul.";

    /// <summary>A report of one event between Vietnam and a partner, composed for these tests.</summary>
    private static PageRecord Report(string source, string type, string partner, string? date, string sentence, string published, params string[] extra) => new()
    {
        Source = source,
        Relevant = true,
        Title = "Bộ trưởng Bùi Thanh Sơn tiếp xúc đối tác",
        Published = published + "T09:30",
        Text = string.Join('\n', new[] { sentence, "Hai bên nhất trí đẩy mạnh hợp tác giáo dục và đào tạo." }.Concat(extra)),
        People = [new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao", "VN", sentence, 0)],
        Events = [new EventFact(type, date, ["VN", partner], ["Bùi Thanh Sơn"], "Hà Nội", sentence, 0)],
        Areas = ["education_training"],
    };

    private static PageRecord Japan(string? date = "2024-06-03", string sentence = JapanSentence) =>
        Report("tin/nhat-1.txt", "talks", "JP", date, sentence, "2024-06-03");

    private static PageRecord Thai(string? date = "2024-08-12", string sentence = ThaiSentence) =>
        Report("tin/thai-1.txt", "meeting", "TH", date, sentence, "2024-08-12", ThaiSigning);

    private static PageRecord Korea(int n, string? date = "2024-07-15", string sentence = KoreaSentence) =>
        Report($"tin/han-{n}.txt", "talks", "KR", date, sentence, "2024-07-15");

    /// <summary>The same page, rewritten by its newsroom: the evidence sentence gained a word (a new version).</summary>
    private static PageRecord Reworded(PageRecord page, string word)
    {
        var old = page.Events[0].Evidence!;
        var sentence = old.Replace("đã ", "đã " + word + " ", StringComparison.Ordinal);
        return page with
        {
            Text = page.Text.Replace(old, sentence, StringComparison.Ordinal),
            People = [.. page.People.Select(p => p with { Evidence = sentence })],
            Events = [page.Events[0] with { Evidence = sentence }],
        };
    }

    /// <summary>What better date rules find on the same text: the day, where the old rules only saw the month.</summary>
    private static PageRecord Dated(PageRecord page, string date) => page with
    {
        Events = [page.Events[0] with { Date = date }],
    };

    private sealed record Curated(string Japan, string Thai, string Korea, long ThirdKoreaPage, IReadOnlyDictionary<string, long> Pages);

    /// <summary>Stores the pages and takes the three decisions: an edit on Japan, a rejection of Thai, a split of Korea.</summary>
    private static async Task<Curated> CurateAsync(TempStore temp, params PageRecord[] pages)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            ids[page.Source] = (await temp.Store.SaveAsync(page, Ct)).PageId;
        }

        var kb = temp.Store.Knowledge;
        var japan = Assert.Single(await EventsAsync(temp, "JP")).Id;
        var thai = Assert.Single(await EventsAsync(temp, "TH")).Id;
        var korea = Assert.Single(await EventsAsync(temp, "KR"));
        Assert.Equal(3, korea.Sources.Count);

        Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(japan, "edit", "Lan", "Theo thông cáo",
            new Dictionary<string, string?> { ["place"] = "Phủ Chủ tịch" }), Ct)).Result);
        Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(thai, "reject", "Hùng", "Tiếp xúc xã giao"), Ct)).Result);
        Assert.Equal(CurationResult.Ok, (await kb.CurateAsync(new CurationRequest(korea.Id, "split", "Lan", "Bài 3 nói về cuộc gặp khác",
            SplitPages: [ids["tin/han-3.txt"]]), Ct)).Result);
        return new Curated(japan, thai, korea.Id, ids["tin/han-3.txt"], ids);
    }

    /// <summary>The three decisions hold, on the same fact ids, and each fact's history shows its re-anchoring.</summary>
    private static async Task AssertDecisionsHoldAsync(TempStore temp, Curated curated, string japanEvidence, string thirdKoreaEvidence)
    {
        var kb = temp.Store.Knowledge;
        var japan = Assert.Single(await EventsAsync(temp, "JP"));
        Assert.Equal((curated.Japan, "Phủ Chủ tịch", FactStatus.Edited), (japan.Id, japan.Place, japan.Status));
        Assert.Equal(japanEvidence, Assert.Single(japan.Sources).Evidence);

        Assert.Empty(await EventsAsync(temp, "TH"));
        Assert.Equal(FactStatus.Rejected, (await kb.GetFactAsync(curated.Thai, Ct))?.Status);

        var korea = await EventsAsync(temp, "KR");
        Assert.Equal(2, korea.Count);
        Assert.Equal(["tin/han-1.txt", "tin/han-2.txt"], korea.Single(e => e.Id == curated.Korea).Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        var third = Assert.Single(korea.Single(e => e.Id != curated.Korea).Sources);
        Assert.Equal(("tin/han-3.txt", thirdKoreaEvidence), (third.Source, third.Evidence));

        // The split's history is the fact it was taken on; the re-anchored mention is the split-off page's.
        foreach (var (id, action) in new[] { (curated.Japan, "edit"), (curated.Thai, "reject"), (curated.Korea, "split") })
        {
            var history = await kb.GetHistoryAsync(id, Ct);
            var moved = Assert.Single(history, r => r.Action == "re-anchor");
            Assert.Equal(("machine", "re-anchored after re-extraction", action), (moved.Who, moved.Why, moved.Changes["action"]));
            Assert.Contains(history, r => r.Action == action && r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == moved.Changes["decision"]);
            Assert.DoesNotContain(history, r => r.Action == "anchor-lost");
        }
    }

    [Fact]
    public async Task A_reject_an_edit_and_a_split_survive_a_new_version_whose_evidence_sentence_gained_a_word()
    {
        await using var temp = await TempStore.CreateAsync();
        var curated = await CurateAsync(temp, Japan(), Thai(), Korea(1), Korea(2), Korea(3));

        foreach (var page in new[] { Reworded(Japan(), "chính thức"), Reworded(Thai(), "thân mật"), Reworded(Korea(3), "chính thức") })
        {
            Assert.Equal(SaveOutcome.NewVersion, (await temp.Store.SaveAsync(page, Ct)).Outcome);
        }

        var japanEvidence = JapanSentence.Replace("đã ", "đã chính thức ", StringComparison.Ordinal);
        var koreaEvidence = KoreaSentence.Replace("đã ", "đã chính thức ", StringComparison.Ordinal);
        await AssertDecisionsHoldAsync(temp, curated, japanEvidence, koreaEvidence);

        // Re-anchored decisions are decisions like any other: a restart and a full rebuild keep them.
        var before = Dump(temp);
        await temp.ReopenAsync();
        await temp.Store.Knowledge.ReconsolidateAsync(Ct);
        Assert.Equal(before, Dump(temp));
        await AssertDecisionsHoldAsync(temp, curated, japanEvidence, koreaEvidence);
    }

    [Fact]
    public async Task A_reject_an_edit_and_a_split_survive_re_extraction_that_makes_the_date_more_precise()
    {
        await using var temp = await TempStore.CreateAsync();
        var curated = await CurateAsync(temp, Japan("2024-06"), Thai("2024-08"), Korea(1, "2024-07"), Korea(2, "2024-07"), Korea(3, "2024-07"));

        foreach (var page in new[] { Dated(Japan(), "2024-06-03"), Dated(Thai(), "2024-08-12"), Dated(Korea(3), "2024-07-15") })
        {
            Assert.Equal(ReextractOutcome.Updated, (await temp.Store.ReplaceFactsAsync(curated.Pages[page.Source], page, Ct)).Outcome);
        }

        await AssertDecisionsHoldAsync(temp, curated, JapanSentence, KoreaSentence);
        Assert.Equal("2024-06-03", (await temp.Store.Knowledge.GetFactAsync(curated.Japan, Ct))?.Fields["date"]);

        // Back to the old rules: the decisions move back, and the knowledge base is what it was.
        foreach (var page in new[] { Japan("2024-06"), Thai("2024-08"), Korea(3, "2024-07") })
        {
            Assert.Equal(ReextractOutcome.Updated, (await temp.Store.ReplaceFactsAsync(curated.Pages[page.Source], page, Ct)).Outcome);
        }

        Assert.Equal(FactStatus.Rejected, (await temp.Store.Knowledge.GetFactAsync(curated.Thai, Ct))?.Status);
        Assert.Equal("2024-06", Assert.Single(await EventsAsync(temp, "JP")).Date);
        Assert.Equal(2, (await EventsAsync(temp, "KR")).Count);
    }

    [Fact]
    public async Task A_merge_follows_both_pages_when_each_gets_a_new_version()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(KbPages.Visit(1), Ct);
        await temp.Store.SaveAsync(KbPages.Visit(2, date: "2024-03-20"), Ct);
        var lao = await EventsAsync(temp, "LA");
        Assert.Equal(2, lao.Count);
        Assert.Equal(CurationResult.Ok, (await temp.Store.Knowledge.CurateAsync(new CurationRequest(lao[0].Id, "merge", "Lan", OtherFactId: lao[1].Id), Ct)).Result);

        var reworded = KbPages.VisitSentence.Replace("đã ", "đã thân mật ", StringComparison.Ordinal);
        await temp.Store.SaveAsync(KbPages.Visit(1, evidence: reworded), Ct);
        await temp.Store.SaveAsync(KbPages.Visit(2, date: "2024-03-20", evidence: reworded), Ct);

        var merged = Assert.Single(await EventsAsync(temp, "LA"));
        Assert.Equal(["tin/lao-1.txt", "tin/lao-2.txt"], merged.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.All(merged.Sources, s => Assert.Equal(reworded, s.Evidence));
        Assert.Equal(2, (await temp.Store.Knowledge.GetHistoryAsync(merged.Id, Ct)).Count(r => r.Action == "re-anchor"));
    }

    [Fact]
    public async Task Decisions_on_an_agreement_and_a_figure_follow_their_reworded_sentences()
    {
        await using var temp = await TempStore.CreateAsync();
        var page = KbPages.CubaSigning();
        await temp.Store.SaveAsync(page, Ct);
        var before = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("CU"), Ct);
        var agreement = Assert.Single(before.Agreements).Id;
        var figure = Assert.Single(before.Figures).Id;
        Assert.Equal(CurationResult.Ok, (await temp.Store.Knowledge.CurateAsync(new CurationRequest(agreement, "reject", "Hùng"), Ct)).Result);
        Assert.Equal(CurationResult.Ok, (await temp.Store.Knowledge.CurateAsync(new CurationRequest(figure, "accept", "Hùng"), Ct)).Result);

        // The newsroom's update: "đã chính thức ký", and the project's value is now "khoảng" 1 triệu USD.
        var signed = page.Agreements[0].Evidence!.Replace("đã ký", "đã chính thức ký", StringComparison.Ordinal);
        const string value = "Dự án trị giá khoảng 1 triệu USD.";
        var update = page with
        {
            Text = page.Text.Replace(page.Agreements[0].Evidence!, signed, StringComparison.Ordinal) + "\n" + value,
            Events = [page.Events[0] with { Evidence = signed }],
            Agreements = [page.Agreements[0] with { Evidence = signed }],
            Figures = [page.Figures[0] with { Evidence = value }],
        };
        Assert.Equal(SaveOutcome.NewVersion, (await temp.Store.SaveAsync(update, Ct)).Outcome);

        var after = await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery("CU"), Ct);
        Assert.Empty(after.Agreements);
        Assert.Equal(FactStatus.Rejected, (await temp.Store.Knowledge.GetFactAsync(agreement, Ct))?.Status);
        var accepted = Assert.Single(after.Figures);
        Assert.Equal((figure, FactStatus.Accepted, value), (accepted.Id, accepted.Status, Assert.Single(accepted.Sources).Evidence));
    }

    [Fact]
    public async Task A_decision_whose_fact_left_the_page_stays_inactive_and_its_history_says_so()
    {
        await using var temp = await TempStore.CreateAsync();
        var id = (await temp.Store.SaveAsync(Thai(), Ct)).PageId;
        var thai = Assert.Single(await EventsAsync(temp, "TH")).Id;
        Assert.Equal(CurationResult.Ok, (await temp.Store.Knowledge.CurateAsync(new CurationRequest(thai, "reject", "Hùng"), Ct)).Result);

        // Better rules find no meeting on the page, but a signing in another sentence: not the rejected fact.
        var improved = Thai() with
        {
            Events = [new EventFact("signing", "2024-08-12", ["VN", "TH"], [], null, ThaiSigning, Thai().Text.IndexOf(ThaiSigning, StringComparison.Ordinal))],
        };
        Assert.Equal(ReextractOutcome.Updated, (await temp.Store.ReplaceFactsAsync(id, improved, Ct)).Outcome);

        var now = Assert.Single(await EventsAsync(temp, "TH"));
        Assert.Equal(("signing", FactStatus.Machine), (now.Type, now.Status));
        Assert.Null(await temp.Store.Knowledge.GetFactAsync(thai, Ct));
        var history = await temp.Store.Knowledge.GetHistoryAsync(thai, Ct);
        Assert.Equal(["create", "reject", "anchor-lost"], history.Select(r => r.Action));
        Assert.Equal(("machine", "reject"), (history[2].Who, history[2].Changes["action"]));
        Assert.Contains("no longer found", history[2].Why, StringComparison.Ordinal);
        Assert.DoesNotContain(await temp.Store.Knowledge.GetHistoryAsync(now.Id, Ct), r => r.Action is "reject" or "re-anchor");

        // Another save of the page does not repeat the notice; the old rules bring the fact and the decision back.
        await temp.Store.ReplaceFactsAsync(id, improved with { Areas = ["tourism"] }, Ct);
        Assert.Single(await temp.Store.Knowledge.GetHistoryAsync(thai, Ct), r => r.Action == "anchor-lost");
        Assert.Equal(ReextractOutcome.Updated, (await temp.Store.ReplaceFactsAsync(id, Thai(), Ct)).Outcome);
        Assert.Empty(await EventsAsync(temp, "TH"));
    }

    [Fact]
    public async Task A_rejected_fact_that_left_the_page_does_not_pass_its_rejection_to_a_fact_that_only_got_its_day()
    {
        await using var temp = await TempStore.CreateAsync();
        const string talks = "Sáng 13/8, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Thái Lan.";
        var text = Thai().Text + "\n" + talks;
        var start = text.IndexOf(talks, StringComparison.Ordinal);
        var page = Thai() with
        {
            Text = text,
            Events = [Thai().Events[0], new EventFact("talks", "2024-08", ["VN", "TH"], ["Bùi Thanh Sơn"], "Hà Nội", talks, start)],
        };
        var id = (await temp.Store.SaveAsync(page, Ct)).PageId;
        var meeting = (await EventsAsync(temp, "TH")).Single(e => e.Type == "meeting").Id;
        Assert.Equal(CurationResult.Ok, (await temp.Store.Knowledge.CurateAsync(new CurationRequest(meeting, "reject", "Hùng"), Ct)).Result);

        // Better rules: the meeting was the talks' preparation, not an event of its own; the talks get their day.
        var improved = page with { Events = [new EventFact("talks", "2024-08-13", ["VN", "TH"], ["Bùi Thanh Sơn"], "Hà Nội", talks, start)] };
        Assert.Equal(ReextractOutcome.Updated, (await temp.Store.ReplaceFactsAsync(id, improved, Ct)).Outcome);

        var now = Assert.Single(await EventsAsync(temp, "TH"));
        Assert.Equal(("talks", "2024-08-13", FactStatus.Machine), (now.Type, now.Date, now.Status));
        Assert.Contains(await temp.Store.Knowledge.GetHistoryAsync(meeting, Ct), r => r.Action == "anchor-lost");
    }

    [Fact]
    public async Task Two_equally_good_successors_leave_the_decision_inactive()
    {
        await using var temp = await TempStore.CreateAsync();
        var id = (await temp.Store.SaveAsync(Thai(), Ct)).PageId;
        var thai = Assert.Single(await EventsAsync(temp, "TH")).Id;
        Assert.Equal(CurationResult.Ok, (await temp.Store.Knowledge.CurateAsync(new CurationRequest(thai, "reject", "Hùng"), Ct)).Result);

        // Better rules read the one meeting as two, each sentence one word away from the old evidence.
        var morning = ThaiSentence.Replace("Chiều", "Sáng", StringComparison.Ordinal);
        var evening = ThaiSentence.Replace("Chiều", "Tối", StringComparison.Ordinal);
        var improved = Thai() with
        {
            Events =
            [
                new EventFact("meeting", "2024-08-12", ["VN", "TH"], ["Bùi Thanh Sơn"], "Hà Nội", morning, 0),
                new EventFact("meeting", "2024-08-12", ["VN", "TH"], ["Bùi Thanh Sơn"], "Hà Nội", evening, 0),
            ],
        };
        Assert.Equal(ReextractOutcome.Updated, (await temp.Store.ReplaceFactsAsync(id, improved, Ct)).Outcome);

        var events = await EventsAsync(temp, "TH");
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(FactStatus.Machine, e.Status));
        var lost = Assert.Single(await temp.Store.Knowledge.GetHistoryAsync(thai, Ct), r => r.Action == "anchor-lost");
        Assert.Contains("equally", lost.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_taken_before_snapshots_were_kept_gets_its_snapshot_from_the_migration()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.SaveAsync(Thai(), Ct);
        var thai = Assert.Single(await EventsAsync(temp, "TH")).Id;
        Assert.Equal(CurationResult.Ok, (await temp.Store.Knowledge.CurateAsync(new CurationRequest(thai, "reject", "Hùng"), Ct)).Result);
        Assert.Equal(1, temp.Scalar("SELECT count(*) FROM kb_anchor_snapshots"));

        // The file as a store without migration 0005 left it.
        using (var connection = temp.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "DROP TABLE kb_anchor_snapshots; DELETE FROM schema_migrations WHERE version = 5;";
            command.ExecuteNonQuery();
        }

        await temp.ReopenAsync();
        Assert.Equal(1, temp.Scalar("SELECT count(*) FROM kb_anchor_snapshots s JOIN kb_decision_keys d ON d.key = s.key"));
        await temp.Store.SaveAsync(Reworded(Thai(), "thân mật"), Ct);

        Assert.Empty(await EventsAsync(temp, "TH"));
        Assert.Equal(FactStatus.Rejected, (await temp.Store.Knowledge.GetFactAsync(thai, Ct))?.Status);

        // With no snapshot at all, the mention the save deletes stands in for it.
        using (var connection = temp.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "DELETE FROM kb_anchor_snapshots";
            command.ExecuteNonQuery();
        }

        await temp.Store.SaveAsync(Reworded(Thai(), "rất thân mật"), Ct);
        Assert.Empty(await EventsAsync(temp, "TH"));
        Assert.Equal(2, (await temp.Store.Knowledge.GetHistoryAsync(thai, Ct)).Count(r => r.Action == "re-anchor"));
    }

    private static async Task<IReadOnlyList<TimelineEvent>> EventsAsync(TempStore temp, string partner) =>
        (await temp.Store.Knowledge.GetTimelineAsync(new TimelineQuery(partner), Ct)).Events;

    private static List<string> Dump(TempStore temp)
    {
        using var connection = temp.OpenRaw();
        return KnowledgeDump.Lines(connection);
    }
}
