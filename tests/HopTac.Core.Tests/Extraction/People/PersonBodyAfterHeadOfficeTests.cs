using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>
/// A company, bank or club after an office that heads it ("Tổng giám đốc Skyfast", "Chủ tịch Kanagawa FC") is no
/// person; a person named in full with such an office, or a known figure, still is (composed sentences).
/// </summary>
public sealed class PersonBodyAfterHeadOfficeTests
{
    private static List<string> Names(string text) => [.. PersonExtractor.Extract(SentenceSplitter.Split(text)).Select(p => p.Name)];

    [Theory]
    [InlineData("Bà Trần Thị Hạnh, Tổng giám đốc Skyfast và ông Mark Hollis ký hợp đồng mua máy bay.", "Skyfast")]
    [InlineData("Hôm qua Chủ tịch Kanagawa FC đã làm việc với lãnh đạo câu lạc bộ Hà Nội.", "Kanagawa")]
    [InlineData("Với cương vị chủ tịch Bloodlabs, bà quyết định mọi việc của công ty.", "Bloodlabs")]
    public void One_foreign_word_after_a_head_office_is_the_body(string sentence, string body) =>
        Assert.DoesNotContain(body, Names(sentence));

    [Fact]
    public void A_person_named_in_full_after_a_head_office_is_kept() =>
        Assert.Contains("Mark Hollis", Names("Chủ tịch Mark Hollis cho biết công ty sẽ mở văn phòng tại Hà Nội."));

    [Fact]
    public void A_surname_after_a_head_office_and_named_with_ong_is_kept()
    {
        var names = Names("Chủ tịch Hollis phát biểu tại lễ ký. Ông Hollis cho biết công ty sẽ mở văn phòng tại Hà Nội.");
        Assert.Contains("Hollis", names);
    }
}
