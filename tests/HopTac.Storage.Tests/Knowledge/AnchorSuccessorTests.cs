using System.Text.Json;
using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge.Consolidation;

namespace HopTac.Storage.Tests.Knowledge;

/// <summary>Pairing the facts that left a page with the ones that came, on mentions composed for the tests.</summary>
public sealed class AnchorSuccessorTests
{
    private const string Source = "tin/an-do-1.txt";
    private const string Talks = "Sáng 5/3, tại New Delhi, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Ấn Độ Narendra Modi.";
    private const string Signing = "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký Hiệp định hợp tác về công nghệ số.";
    private const string Reception = "Chiều 6/3, Thủ tướng Phạm Minh Chính đã tiếp Chủ tịch Hạ viện Ấn Độ Om Birla.";

    private static KbMention Event(string key, string type, string? date, string evidence, string source = Source, params string[] participants) =>
        new(key, 'e', 1, source, "2025-03-06", 0, type, date?[..4],
            JsonSerializer.Serialize(new EventFact(type, date, ["VN", "IN"], participants, "New Delhi", evidence, 0), PageRecordJson.Options));

    [Fact]
    public void A_sentence_that_gained_a_word_is_the_successor_of_the_old_one()
    {
        var old = Event("e1", "talks", "2025-03-05", Talks, participants: ["Phạm Minh Chính", "Narendra Modi"]);
        var reworded = Event("e2", "talks", "2025-03-05", Talks.Replace("đã ", "đã chính thức ", StringComparison.Ordinal), participants: ["Phạm Minh Chính", "Narendra Modi"]);
        var other = Event("e3", "signing", "2025-03-05", Signing);

        var match = AnchorSuccessor.Pick(old, [other, reworded]);

        Assert.Equal(("e2", AnchorFailure.None), (match.Successor?.Key, match.Failure));
        Assert.True(match.Score >= AnchorSuccessor.MinScore + 0.9);
    }

    [Fact]
    public void A_successor_is_only_looked_for_on_the_same_source()
    {
        var old = Event("e1", "talks", "2025-03-05", Talks, participants: ["Phạm Minh Chính"]);
        var elsewhere = Event("e2", "talks", "2025-03-05", Talks, source: "tin/an-do-2.txt", participants: ["Phạm Minh Chính"]);

        Assert.Equal(AnchorFailure.NoSuccessor, AnchorSuccessor.Pick(old, [elsewhere]).Failure);
        Assert.Equal(AnchorFailure.NoSuccessor, AnchorSuccessor.Pick(old, []).Failure);
    }

    [Fact]
    public void A_fact_that_left_the_page_does_not_take_the_successor_of_a_fact_that_only_changed()
    {
        // The meeting of the 6th left; the talks only got their day. Alone, the meeting would take the talks' successor.
        var left = Event("e1", "meeting", "2025-03-06", Reception, participants: ["Phạm Minh Chính"]);
        var before = Event("e2", "talks", "2025-03", Talks, participants: ["Phạm Minh Chính"]);
        var after = Event("e3", "talks", "2025-03-05", Talks, participants: ["Phạm Minh Chính"]);
        Assert.Equal("e3", AnchorSuccessor.Pick(left, [after]).Successor?.Key);

        var pairs = AnchorSuccessor.Assign([left, before], [after]);

        Assert.Equal(AnchorFailure.NoSuccessor, pairs["e1"].Failure);
        Assert.Equal("e3", pairs["e2"].Successor?.Key);
    }

    [Fact]
    public void Two_equally_good_candidates_decide_nothing()
    {
        var old = Event("e1", "talks", "2025-03-05", Talks, participants: ["Phạm Minh Chính"]);
        var morning = Event("e2", "talks", "2025-03-05", Talks.Replace("Sáng", "Trưa", StringComparison.Ordinal), participants: ["Phạm Minh Chính"]);
        var evening = Event("e3", "talks", "2025-03-05", Talks.Replace("Sáng", "Tối", StringComparison.Ordinal), participants: ["Phạm Minh Chính"]);

        var match = AnchorSuccessor.Pick(old, [morning, evening]);

        Assert.Equal((null, AnchorFailure.Ambiguous), (match.Successor?.Key, match.Failure));
    }

    [FsCheck.Xunit.Property(MaxTest = 50)]
    public bool Pairing_depends_on_the_sets_never_on_their_order(int seed)
    {
        var random = new Random(seed);
        KbMention[] olds =
        [
            Event("e1", "talks", "2025-03", Talks, participants: ["Phạm Minh Chính"]),
            Event("e2", "meeting", "2025-03-06", Reception, participants: ["Phạm Minh Chính"]),
            Event("e3", "signing", "2025-03", Signing),
        ];
        KbMention[] news =
        [
            Event("e4", "talks", "2025-03-05", Talks, participants: ["Phạm Minh Chính"]),
            Event("e5", "talks", "2025-03-05", Talks.Replace("Sáng", "Tối", StringComparison.Ordinal), participants: ["Phạm Minh Chính"]),
            Event("e6", "signing", "2025-03-05", Signing),
            Event("e7", "meeting", "2025-03-06", Reception.Replace("đã ", "đã thân mật ", StringComparison.Ordinal), participants: ["Phạm Minh Chính"]),
        ];

        static string Show(Dictionary<string, AnchorMatch> pairs) =>
            string.Join(";", pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}>{p.Value.Successor?.Key}:{p.Value.Failure}"));

        var expected = Show(AnchorSuccessor.Assign(olds, news));
        var shuffled = Show(AnchorSuccessor.Assign([.. olds.OrderBy(_ => random.Next())], [.. news.OrderBy(_ => random.Next())]));
        return expected == shuffled && expected.Contains("e2>e7:None", StringComparison.Ordinal) && expected.Contains("e3>e6:None", StringComparison.Ordinal);
    }
}
