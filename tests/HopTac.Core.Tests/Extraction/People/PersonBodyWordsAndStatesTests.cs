using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>
/// Words of a body's, a zone's or a bloc's name are no people; a general's short rank, a form of address or a short
/// state word is not part of the name; an envoy to a bloc is found; listed public figures keep their state on a page
/// about another state (composed sentences; session 14).
/// </summary>
public sealed class PersonBodyWordsAndStatesTests
{
    private static List<Person> People(string text) => [.. PersonExtractor.Extract(SentenceSplitter.Split(text))];

    private static List<string> Names(string text) => [.. People(text).Select(p => p.Name)];

    [Theory]
    [InlineData("Trong phiên họp của Hội đồng Bảo an Liên Hợp Quốc, Đại sứ Pháp phát biểu đầu tiên.", "Hợp Quốc")]
    [InlineData("Thay mặt Bộ Công Thương, Tổng cục trưởng Tổng cục Năng lượng phát biểu khai mạc.", "Công Thương")]
    [InlineData("Ông Trần Văn Tú - giám đốc Khu Quản lý giao thông số 7 - cho biết cầu sẽ thông xe vào tháng sau.", "Khu Quản")]
    [InlineData("Chuyên gia Pavel Orlov, Tổng Biên tập tạp chí Quốc phòng, nhận định như vậy.", "Tổng Biên")]
    [InlineData("Phó giám đốc phụ trách Mỹ Latin của quỹ này cho biết như vậy.", "Mỹ Latin")]
    [InlineData("Ông Pavel Orlov, tổng biên tập tạp chí Voennoye Obozreniye, nhận định như vậy.", "Voennoye Obozreniye")]
    public void Words_of_a_body_zone_or_region_are_no_person(string sentence, string words) =>
        Assert.DoesNotContain(words, Names(sentence));

    [Theory]
    [InlineData("Đại sứ Nga tại Liên Hợp Quốc Pavel Orlov cho rằng nghị quyết là vội vàng.", "Pavel Orlov")]
    [InlineData("Tướng Mark Dalton, tư lệnh lực lượng này, cho biết cuộc tập trận sẽ kéo dài.", "Mark Dalton")]
    [InlineData("Bộ trưởng Nội vụ Thái Somchai Wongsakul xác nhận các em đều an toàn.", "Somchai Wongsakul")]
    [InlineData("Cô Jessica Hartley, chuyên gia của viện, hướng dẫn học sinh đánh răng đúng cách.", "Jessica Hartley")]
    [InlineData("Ngoại trưởng Qatar Khalid Al - Rumaihi cho biết hai bên đã đạt thoả thuận.", "Khalid Al - Rumaihi")]
    [InlineData("Chủ tịch Nghị viện châu Âu Martin Kessler kêu gọi London sớm quyết định.", "Martin Kessler")]
    [InlineData("Người phát ngôn Nhà Xanh Park Min - soo cho biết cuộc gặp sẽ diễn ra vào tuần tới.", "Park Min - soo")]
    [InlineData("Thường trực Ban Bí thư Trần Văn Khải chủ trì hội nghị.", "Trần Văn Khải")]
    public void The_person_is_named_without_the_words_before_the_name(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Fact]
    public void A_short_state_word_before_a_foreign_name_is_the_office_state() =>
        Assert.Equal("TH", People("Bộ trưởng Nội vụ Thái Somchai Wongsakul xác nhận các em đều an toàn.")
            .Single(p => p.Name == "Somchai Wongsakul").Country);

    [Fact]
    public void A_spokesperson_of_the_Blue_House_acts_for_South_Korea() =>
        Assert.Equal("KR", People("Người phát ngôn Nhà Xanh Park Min - soo cho biết cuộc gặp sẽ diễn ra vào tuần tới.")
            .Single(p => p.Name == "Park Min - soo").Country);

    [Fact]
    public void A_listed_figure_keeps_his_state_on_a_page_about_another_state()
    {
        var people = People("Nga bác bỏ cáo buộc can thiệp bầu cử. Nga nói các cáo buộc là vô căn cứ. "
            + "Ông Robert Mueller đã nộp báo cáo về cuộc điều tra Nga can thiệp bầu cử.");
        Assert.Equal("US", people.Single(p => p.Name == "Robert Mueller").Country);
    }
}
