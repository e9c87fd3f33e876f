using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>
/// Names of landmarks and schools that look like people: a capitalised "Bà" or "Ông" after a landmark's noun, and the
/// historical figure a school is named after (composed sentences).
/// </summary>
public sealed class PersonNamePlacesAndSchoolsTests
{
    private static List<string> Names(string text) => [.. PersonExtractor.Extract(SentenceSplitter.Split(text)).Select(p => p.Name)];

    [Theory]
    [InlineData("Thành phố sẽ nạo vét suối Bà Bột trước mùa mưa.", "Bột")]
    [InlineData("Nước tràn qua cầu Ông Lớn vào sáng nay.", "Lớn")]
    public void A_capitalised_ba_or_ong_after_a_landmark_noun_begins_the_landmarks_name(string sentence, string word) =>
        Assert.DoesNotContain(word, Names(sentence));

    [Fact]
    public void The_honorific_in_lower_case_after_a_landmark_noun_still_names_a_person() =>
        Assert.Contains("Lê Thị Hoa", Names("Bên bờ suối bà Lê Thị Hoa kể lại chuyện cũ."));

    [Fact]
    public void The_figure_a_school_is_named_after_is_no_person()
    {
        var names = Names("Ông Trần Văn Khải, hiệu trưởng Trường THPT Nguyễn Du, cho biết học sinh đã đi học lại. Cô giáo Trường Tiểu học Kim Đồng Lê Thị Mai cũng có mặt.");
        Assert.Contains("Trần Văn Khải", names);
        Assert.DoesNotContain("Nguyễn Du", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Kim Đồng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_principal_named_after_the_school_and_a_comma_is_still_found() =>
        Assert.Contains("Phạm Văn Long", Names("Hiệu trưởng Trường THCS Lê Quý Đôn, ông Phạm Văn Long, cho biết sẽ mở thêm lớp."));

    [Fact]
    public void A_commune_named_ba_diem_is_no_woman_named_diem() =>
        Assert.DoesNotContain("Điểm", Names("Nhóm thanh niên rủ nhau đi từ Bà Điểm, huyện Hóc Môn, lên quận 1."));

    [Fact]
    public void A_rare_vietnamese_family_name_stays_with_the_name() =>
        Assert.Contains("Uông Chu Lưu", Names("Kết luận phiên họp, Phó chủ tịch Quốc hội Uông Chu Lưu đề nghị làm rõ hai phương án."));
}
