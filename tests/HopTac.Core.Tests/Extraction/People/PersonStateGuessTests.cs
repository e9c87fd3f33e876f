using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>
/// Session-9 corpus audit: a person the page gives no state takes the page's most named foreign state only where a
/// person of the name's shape can belong to it (composed sentences).
/// </summary>
public sealed class PersonStateGuessTests
{
    private static HopTac.Core.Facts.Person One(string text, string name) =>
        Assert.Single(PersonExtractor.Extract(SentenceSplitter.Split(text)), p => p.Name == name);

    [Fact]
    public void A_slavic_surname_takes_the_slavic_state_the_page_names_not_the_most_named_one()
    {
        var text = "Syria cho biết Syria đã bắn nhầm máy bay. Theo chuyên gia Khodarenko, hệ thống của Syria đã khai hoả. Máy bay Nga bị rơi.";
        Assert.Equal("RU", One(text, "Khodarenko").Country);
    }

    [Fact]
    public void A_western_name_is_not_given_an_east_asian_state()
    {
        var text = "Triều Tiên phóng tên lửa, Triều Tiên cảnh báo Mỹ. Ông Justin Hastings nhận định Triều Tiên khó nhượng bộ trước Mỹ.";
        Assert.Equal("US", One(text, "Justin Hastings").Country);
    }

    [Fact]
    public void An_arabic_name_takes_an_arab_state()
    {
        var text = "Nga và Nga và Nga bán vũ khí cho khu vực. Ông Mohammed Qasim đã ký hợp đồng mua thêm hệ thống phòng không cho Iraq.";
        Assert.Equal("IQ", One(text, "Mohammed Qasim").Country);
    }

    [Fact]
    public void A_korean_name_takes_a_korean_state_and_a_western_one_after_a_korean_family_name_does_not()
    {
        var text = "Trung Quốc và Trung Quốc lo ngại. Ông Lee Sang - eun và ông Lee Butler cùng phát biểu tại hội thảo ở Hàn Quốc về Mỹ.";
        Assert.Equal("KR", One(text, "Lee Sang - eun").Country);
        Assert.NotEqual("KR", One(text, "Lee Butler").Country);
    }

    [Fact]
    public void A_name_in_east_asian_syllables_keeps_the_page_state()
    {
        var text = "Singapore và Singapore hợp tác với Indonesia. Ông Koh Poh Koon cho biết hai bên sẽ mở rộng thương mại.";
        Assert.Equal("SG", One(text, "Koh Poh Koon").Country);
    }

    [Fact]
    public void A_chinese_family_name_no_vietnamese_carries_is_chinese_on_a_page_naming_china()
    {
        var text = "Canada bắt giám đốc tài chính Huawei Mạnh Vãn Chu theo yêu cầu của Mỹ. Canada và Canada lo ngại Trung Quốc trả đũa.";
        Assert.Equal("CN", One(text, "Mạnh Vãn Chu").Country);
    }

    [Fact]
    public void A_school_word_after_a_family_name_and_one_syllable_is_the_given_name()
    {
        var people = PersonExtractor.Extract(SentenceSplitter.Split("Ông Nguyễn Hồng Trường, Thứ trưởng Bộ GTVT, cho biết sẽ điều chỉnh phí."));
        Assert.Contains(people, p => p.Name == "Nguyễn Hồng Trường");
    }

    [Fact]
    public void A_ship_named_after_an_admiral_at_the_start_of_a_sentence_is_no_person() =>
        Assert.Empty(PersonExtractor.Extract(SentenceSplitter.Split("Tàu Đô đốc Kuznetsov được bảo dưỡng ở cảng Murmansk.")));

    [Fact]
    public void A_brand_written_with_an_inner_capital_is_no_person_and_mccain_is_one()
    {
        var people = PersonExtractor.Extract(SentenceSplitter.Split("Lãnh đạo VinFast cho biết xe sẽ được thử ở 14 nước. Thượng nghị sĩ John McCain phản đối."));
        Assert.DoesNotContain(people, p => p.Name.Contains("VinFast", StringComparison.Ordinal));
        Assert.Contains(people, p => p.Name == "John McCain");
    }

    [Fact]
    public void Latin_america_is_not_the_united_states_and_our_lady_is_no_honorific()
    {
        var people = PersonExtractor.Extract(SentenceSplitter.Split(
            "Zhao Bentang, người đứng đầu cơ quan phụ trách khu vực Mỹ Latin thuộc Bộ Ngoại giao Trung Quốc, cho biết như vậy. Ông sẽ góp tiền khôi phục Nhà thờ Đức bà Paris."));
        Assert.NotEqual("US", Assert.Single(people, p => p.Name == "Zhao Bentang").Country);
        Assert.DoesNotContain(people, p => p.Name == "Paris");
    }

    [Fact]
    public void A_korean_family_name_alone_on_a_korean_page_is_that_states()
    {
        var text = "Triều Tiên phóng tên lửa. Triều Tiên cảnh báo. Ông Pompeo không có dự định gặp ông Kim nếu đến Bình Nhưỡng.";
        Assert.Equal("KP", One(text, "Kim").Country);
    }
}
