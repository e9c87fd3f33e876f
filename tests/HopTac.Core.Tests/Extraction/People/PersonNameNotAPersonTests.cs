using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>Names the session-6 corpus audit found cut or not persons at all.</summary>
public sealed class PersonNameNotAPersonTests
{
    private static List<string> Names(string text) => [.. PersonExtractor.Extract(SentenceSplitter.Split(text)).Select(p => p.Name)];

    [Fact]
    public void A_local_government_unit_is_a_place_not_a_person() =>
        Assert.DoesNotContain(Names("Một vị lãnh đạo Phường Tân Thới Hoà cho biết UBND đang xử lý vụ việc."), n => n.StartsWith("Phường", StringComparison.Ordinal));

    [Fact]
    public void Letters_standing_for_a_withheld_name_are_no_person() =>
        Assert.DoesNotContain("Th", Names("Xe máy do ông Th. điều khiển đã va vào cột điện."));

    [Theory]
    [InlineData("Lãnh đạo Triều Tiên Kim Jong - Un đã thị sát nhà máy.", "Kim Jong - Un")]
    [InlineData("Tổng thống Moon Jae - In phát biểu tại hội nghị.", "Moon Jae - In")]
    public void A_korean_given_name_capitalised_after_a_spaced_hyphen_stays_whole(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Fact]
    public void Two_leaders_joined_by_a_dash_stay_two_people()
    {
        var names = Names("Cuộc gặp Donald Trump - Kim diễn ra tại Singapore.");

        Assert.DoesNotContain(names, n => n.Contains("Trump -", StringComparison.Ordinal));
    }
}
