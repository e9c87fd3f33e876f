using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>
/// A name the press could have rendered from Chinese or Korean takes the state the page describes it with, not Vietnam
/// by its form (session 16). Composed sentences; the names are invented.
/// </summary>
public sealed class PersonSinoNameStateTests
{
    private static IReadOnlyList<HopTac.Core.Facts.Person> Run(string text) => PersonExtractor.Extract(SentenceSplitter.Split(text));

    private static string? StateOf(string text, string name) => Run(text).Single(p => p.Name == name).Country;

    [Fact]
    public void An_apposition_naming_China_gives_China()
    {
        Assert.Equal("CN", StateOf("Ông Lưu Khánh Đình - uỷ viên quốc vụ Trung Quốc - phát biểu tại hội nghị ở Đức.", "Lưu Khánh Đình"));
    }

    [Fact]
    public void A_copula_before_the_name_gives_the_clause_state()
    {
        Assert.Equal("CN", StateOf("Ông Kissinger gặp thủ tướng Trung Quốc khi ấy là ông Chu Khải Lạc tại Bắc Kinh.", "Chu Khải Lạc"));
    }

    [Fact]
    public void A_delegation_side_gives_its_state_to_the_list()
    {
        var people = Run("Về phía Trung Quốc có Phó thủ tướng Lưu Bạch Hạc, Bộ trưởng Thương mại Chung Khải Sơn và các quan chức khác.");

        Assert.Equal("CN", people.Single(p => p.Name == "Chung Khải Sơn").Country);
    }

    [Fact]
    public void A_state_alone_in_brackets_is_the_person_s()
    {
        Assert.Equal("KR", StateOf("Tại cuộc gặp thượng đỉnh Mỹ - Triều, theo giáo sư Kim Doo Hee (Hàn Quốc), các quan chức Triều Tiên sẽ thận trọng.", "Kim Doo Hee"));
    }

    [Fact]
    public void A_Vietnamese_official_on_a_page_about_trade_with_China_stays_Vietnamese()
    {
        var text = "Theo ông Trần Hữu Khang, hiện nay Trung Quốc đang siết nhập khẩu tiểu ngạch. "
            + "Ông Trần Hữu Khang - phó giám đốc Sở Nông nghiệp Quảng Nam - cho biết hàng hoá xuất sang Trung Quốc giảm mạnh.";

        Assert.Equal("VN", StateOf(text, "Trần Hữu Khang"));
    }

    [Fact]
    public void A_list_after_gom_is_no_apposition()
    {
        var text = "Khách mời gồm ông Phan, một chuyên gia tới từ Đài Loan và một nữ tiến sĩ. Tiến sĩ Vũ Cao Lâm Phan nói về Biển Đông.";

        Assert.Equal("VN", StateOf(text, "Vũ Cao Lâm Phan"));
    }

    [Fact]
    public void A_Korean_romanisation_is_not_read_as_Vietnamese()
    {
        var state = StateOf("Ông Biegun có cuộc gặp với ông Lee Do Hyun vào sáng 4-2 để trao đổi về chiến lược đàm phán.", "Lee Do Hyun");

        Assert.NotEqual("VN", state);
    }

    [Fact]
    public void A_Vietnamese_name_written_without_marks_stays_Vietnamese()
    {
        Assert.Equal("VN", StateOf("Tới đây, NTK Chung Thanh Minh sẽ trình làng bộ sưu tập mới nhất.", "Chung Thanh Minh"));
    }

    [Fact]
    public void A_lone_Chinese_family_name_on_a_page_naming_China_is_Chinese()
    {
        var text = "Tổng thống Mỹ và Chủ tịch Trung Quốc sẽ gặp nhau tại G20. Sau khi gặp ông Tập ở Washington, Tổng thống Mỹ nói về thương mại.";

        Assert.Equal("CN", StateOf(text, "Tập"));
    }

    [Fact]
    public void A_name_with_a_Vietnamese_middle_name_stays_Vietnamese()
    {
        Assert.Equal("VN", StateOf("Ông Trần Văn Khải, một chuyên gia của Trung Quốc học, nói về quan hệ hai nước.", "Trần Văn Khải"));
    }

    [Fact]
    public void A_Vietnamese_name_opening_with_Kim_and_written_with_marks_stays_Vietnamese()
    {
        Assert.Equal("VN", StateOf("Tổng biên tập Kim Quốc Bảo (70 tuổi) bị đề nghị cách chức.", "Kim Quốc Bảo"));
    }

    [Fact]
    public void The_owner_after_cua_decides_over_a_state_named_as_a_topic()
    {
        var text = "\" Chúng tôi sẽ nỗ lực hết sức cho hoà bình \", thiếu tướng Kim Do Hee, chuyên gia các vấn đề liên Triều Tiên của Bộ Quốc phòng Hàn Quốc, nói.";

        Assert.Equal("KR", StateOf(text, "Kim Do Hee"));
    }

    [Fact]
    public void A_pinyin_spelling_in_brackets_gives_China()
    {
        var text = "Trong khi đó, chủ tịch luân phiên Zentech Quách Tường Bình (Guo Xiangping) cho biết ông rất vui. Tổng thống Nga và Chủ tịch Trung Quốc chứng kiến lễ ký.";

        Assert.Equal("CN", StateOf(text, "Quách Tường Bình"));
    }

    [Fact]
    public void A_predicate_after_the_comma_is_no_apposition()
    {
        var text = "Đại diện liên đoàn gồm ông Trần Quốc Khải, Phó chủ tịch, và Lê Hoài Khang, Tổng thư ký đã sang Hàn Quốc thương thảo với ông Park.";

        Assert.Equal("VN", StateOf(text, "Lê Hoài Khang"));
    }

    [Fact]
    public void A_copula_clause_naming_Vietnam_gives_nothing()
    {
        var text = "Người đề cử HLV Hàn Quốc Park Hang - seo cho đội tuyển U23 Việt Nam chính là ông Đoàn Nguyên Khải.";

        Assert.Equal("VN", StateOf(text, "Đoàn Nguyên Khải"));
    }

    [Fact]
    public void A_leader_s_wife_described_by_kinship_takes_the_leader_s_state()
    {
        var text = "Bà Ko Yong Sun, em gái của bà Ko Yong Hee, một trong những người vợ của cố lãnh tụ Bắc Triều Tiên Kim Jong Il, sống ở Mỹ.";

        Assert.Equal("KP", StateOf(text, "Ko Yong Hee"));
    }
}
