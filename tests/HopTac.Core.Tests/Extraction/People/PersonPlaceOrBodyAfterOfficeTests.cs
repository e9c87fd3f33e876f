using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>
/// One word after an office whose complement is a territory or a body (a mayor's city, a board's company, a ship named
/// after an admiral), wards and regions written like names: none is a person, and people named in full after the same
/// offices still are (composed sentences; session 13).
/// </summary>
public sealed class PersonPlaceOrBodyAfterOfficeTests
{
    private static List<string> Names(string text) => [.. PersonExtractor.Extract(SentenceSplitter.Split(text)).Select(p => p.Name)];

    [Theory]
    [InlineData("Thị trưởng Wellbridge, ông Harold Simms, cho biết thành phố sẽ mở lại trường học.", "Wellbridge")]
    [InlineData("Thống đốc Nevada đã ra lệnh sơ tán người dân khỏi vùng ven biển.", "Nevada")]
    [InlineData("Ông Carles Ferrer từng giữ chức thủ hiến Aragonia trong hai năm.", "Aragonia")]
    [InlineData("Người phát ngôn Telcorp từ chối bình luận về vụ việc.", "Telcorp")]
    [InlineData("Tàu hộ vệ Đô đốc Makarovsky đã rời cảng vào sáng nay.", "Makarovsky")]
    [InlineData("Ông Trần Văn Bình, chủ tịch HĐQT Vinatexco, cho biết công ty sẽ tăng vốn.", "Vinatexco")]
    [InlineData("Bà Lê Thị Hoa, tổng giám đốc Công ty cổ phần năng lượng SVC Solar, phát biểu tại hội thảo.", "Solar")]
    public void One_word_after_an_office_of_a_place_or_body_is_no_person(string sentence, string word) =>
        Assert.DoesNotContain(word, Names(sentence));

    [Theory]
    [InlineData("Thị trưởng Harold Simms cho biết thành phố sẽ mở lại trường học.", "Harold Simms")]
    [InlineData("Người phát ngôn Telcorp, ông Richard Cole, từ chối bình luận.", "Richard Cole")]
    [InlineData("Đô đốc Harry Bennett phụ trách hạm đội từ năm ngoái.", "Harry Bennett")]
    public void A_person_named_in_full_after_such_an_office_is_kept(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Fact]
    public void A_journalist_named_by_surname_is_kept() =>
        Assert.Contains("Sopwith", Names("Nhà báo Sopwith đặt câu hỏi cho tổng thống trong cuộc họp báo."));

    [Fact]
    public void A_mayor_also_named_with_ong_is_kept()
    {
        var names = Names("Thị trưởng Rawford nói thành phố đã sẵn sàng. Ông Rawford cũng kêu gọi người dân bình tĩnh.");
        Assert.Contains("Rawford", names);
    }

    [Theory]
    [InlineData("Lãnh đạo phường Tân Lộc cho biết đã lập biên bản vụ việc.", "Tân Lộc")]
    [InlineData("Trưởng thôn Đông Hạ cùng người dân dọn dẹp sau lũ.", "Đông Hạ")]
    [InlineData("Một chuyên gia nghiên cứu Trung Đông tại viện này nhận định căng thẳng sẽ kéo dài.", "Trung Đông")]
    [InlineData("Phó giám đốc khu vực Bắc Phi của tổ chức này đã tới hiện trường.", "Bắc Phi")]
    public void Wards_and_regions_are_no_people(string sentence, string place) =>
        Assert.DoesNotContain(place, Names(sentence));

    [Fact]
    public void A_ward_chair_named_in_full_is_kept() =>
        Assert.Contains("Nguyễn Văn Lâm", Names("Ông Nguyễn Văn Lâm, Chủ tịch UBND phường Tân Lộc, cho biết đã lập biên bản vụ việc."));
}
