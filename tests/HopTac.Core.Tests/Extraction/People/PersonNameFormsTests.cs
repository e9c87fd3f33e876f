using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>Names as the Vietnamese press writes them: spaced hyphens, honours, lists, initials, spelling variants.</summary>
public sealed class PersonNameFormsTests
{
    private static IReadOnlyList<Person> Extract(string text) => PersonExtractor.Extract(SentenceSplitter.Split(text));

    private static List<string> Names(string text) => [.. Extract(text).Select(p => p.Name)];

    [Theory]
    [InlineData("Tổng thống Hàn Quốc Moon Jae - in đã tiếp đoàn đại biểu Việt Nam.", "Moon Jae - in")]
    [InlineData("Tổng thống Hàn Quốc Moon Jae-in đã tiếp đoàn đại biểu Việt Nam.", "Moon Jae-in")]
    [InlineData("Thủ tướng Thái Lan Prayuth Chan - o - cha cho biết sẽ thăm Hà Nội.", "Prayuth Chan - o - cha")]
    [InlineData("Tổng thống Syria Bashar al - Assad đã tiếp Đại sứ Việt Nam.", "Bashar al - Assad")]
    [InlineData("Chủ tịch Ủy ban châu Âu, ông Jean - Claude Juncker, cho biết EU sẽ ký hiệp định.", "Jean - Claude Juncker")]
    [InlineData("Bộ trưởng Ngoại giao Malaysia Dato ' Sri Saifuddin Karim đã hội đàm với Bộ trưởng Việt Nam.", "Saifuddin Karim")]
    public void A_foreign_name_is_read_whole_as_written(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Fact]
    public void A_dash_after_a_Vietnamese_name_opens_an_apposition()
    {
        var names = Names("Ông Nguyễn Văn Lợi - con trai của nạn nhân cho biết gia đình đã nhận tiền.");

        Assert.Equal(["Nguyễn Văn Lợi"], names);
    }

    [Fact]
    public void Every_name_after_a_plural_office_and_a_colon_gets_the_office()
    {
        var people = Extract("Dự hội nghị có các Phó Thủ tướng: Trần Văn An, Lê Minh Hùng và Phạm Thị Lan.");

        Assert.Equal(["Trần Văn An", "Lê Minh Hùng", "Phạm Thị Lan"], people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal("Phó Thủ tướng", p.Title));
    }

    [Fact]
    public void A_singular_office_is_not_lent_to_the_next_name_in_a_list()
    {
        var people = Extract("Thủ tướng Australia Peter Hollis và Ronald Weaver đã gặp nhau tại Sydney.");

        Assert.Equal("AU", Assert.Single(people, p => p.Name == "Peter Hollis").Country);
        Assert.DoesNotContain(people, p => p.Name == "Ronald Weaver" && p.Title == "Thủ tướng Australia");
    }

    [Fact]
    public void An_office_in_apposition_gives_the_body_the_person_acts_for()
    {
        var person = Assert.Single(Extract("Đại sứ Marc Lemaire, Trưởng phái đoàn EU tại Việt Nam, cho biết EU sẽ hỗ trợ."));

        Assert.Equal("Marc Lemaire", person.Name);
        Assert.Equal("EU", person.Country);
    }

    [Fact]
    public void Initials_written_together_stay_one_word()
    {
        var names = Names("Dự lễ ký có Bộ trưởng Bộ Phát triển Viễn Đông A.A. Kozyrev và Thủ tướng Trần Văn An.");

        Assert.Contains("A.A. Kozyrev", names);
    }

    [Fact]
    public void A_withheld_given_name_leaves_no_person() =>
        Assert.Empty(Extract("Ông Nguyễn Văn T. (ngụ huyện Bình Chánh) cho biết đã trình báo công an."));

    [Fact]
    public void Two_words_run_together_by_a_typing_slip_are_no_name() =>
        Assert.DoesNotContain("Sokolovlựa", string.Join('|', Names("Người được ông Sokolovlựa chọn là Bộ trưởng Nga Ivan Petrov.")), StringComparison.Ordinal);

    [Theory]
    [InlineData("Trao đổi với Tuổi Trẻ Online, Thượng tá Hồ Văn Nhung, Trưởng Công an huyện Ea Súp, cho biết đã bắt đối tượng.")]
    [InlineData("Theo ghi nhận của phóng viên Người Đưa Tin, Đại tá Hồ Văn Nhung đã có mặt tại hiện trường.")]
    public void A_newspaper_and_a_police_office_are_not_people(string sentence) =>
        Assert.Equal(["Hồ Văn Nhung"], Names(sentence));

    [Theory]
    [InlineData("Ông Lê Văn Tâm, Giám đốc Agribank Bình Chánh, cho biết ngân hàng đã giải ngân.", "Agribank")]
    [InlineData("Phó Tư lệnh Vùng Cảnh sát biển 3 cho biết tàu đã cập cảng.", "Vùng")]
    [InlineData("Giám đốc Sở Ngoại vụ tỉnh Lâm Đồng đã tiếp đoàn.", "Sở")]
    [InlineData("Bác sĩ Bệnh viện Nhi T.Ư cho biết bệnh nhân đã qua cơn nguy kịch.", "T.")]
    [InlineData("Du khách đổ về đường Bà Triệu và quận Hai Bà Trưng.", "Triệu")]
    [InlineData("Nhà thờ Đức Bà Paris bị cháy hôm 15/4.", "Paris")]
    public void Bodies_and_places_are_not_people(string sentence, string word) =>
        Assert.DoesNotContain(Extract(sentence), p => p.Name.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void A_brand_before_a_state_is_no_person() =>
        Assert.DoesNotContain("Việt Nam", Names("Ông Yoshihiro Maruta, nguyên Tổng giám đốc Toyota Việt Nam sẽ trở về Nhật Bản."));

    [Fact]
    public void A_brand_before_a_Sino_Vietnamese_name_is_not_part_of_it() =>
        Assert.Contains("Mạnh Vãn Chu", Names("Canada bắt giám đốc tài chính Huawei Mạnh Vãn Chu theo yêu cầu của Mỹ."));

    [Fact]
    public void A_person_named_Nga_is_Vietnamese_and_gives_the_page_no_Russian()
    {
        var people = Extract("Bà Nga cho biết bị cáo Đức đã nhận 2 tỷ đồng. Ông David Miller đến làm chứng.");

        Assert.Equal("VN", Assert.Single(people, p => p.Name == "Nga").Country);
        Assert.DoesNotContain(people, p => p.Country == "RU");
    }

    [Fact]
    public void Spellings_with_and_without_accents_are_one_person()
    {
        var people = Extract("Đại sứ Juan Pérez García đã tới Hà Nội. Ông Juan Perez Garcia cho biết sẽ thăm Huế. Đại sứ Pérez nói thêm.");

        var person = Assert.Single(people);
        Assert.Equal("Juan Pérez García", person.Name);
    }

    [Fact]
    public void A_hyphen_spaced_or_not_does_not_make_two_people() =>
        Assert.Single(Extract("Tổng thống Hàn Quốc Moon Jae - in đến Hà Nội. Ông Moon Jae-in cho biết hai nước sẽ hợp tác."));

    [Fact]
    public void A_leader_whose_state_the_page_leaves_unsaid_is_not_given_the_page_state()
    {
        var people = Extract("Một công ty Australia yêu cầu Nga và Tổng thống Vladimir Putin bồi thường. Công ty Australia nói vụ kiện sẽ kéo dài.");

        Assert.Equal("RU", Assert.Single(people, p => p.Name == "Vladimir Putin").Country);
    }

    [Fact]
    public void A_surname_alone_joins_the_name_with_its_particle() =>
        Assert.Single(Extract("Tổng thống Syria Bashar al - Assad đã tiếp đoàn. Ông Assad cho biết Syria muốn hợp tác."));

    [Fact]
    public void An_acronym_after_an_office_is_the_body_and_the_name_follows() =>
        Assert.Contains("Thomas Reed", Names("Phát biểu tại lễ ký, giám đốc USAID Việt Nam Thomas Reed cho biết hai bên sẽ hợp tác."));

    [Fact]
    public void Initials_before_a_Vietnamese_given_name_are_a_Vietnamese_person() =>
        Assert.Equal("VN", Assert.Single(Extract("Ông L. Nghe, một người dân ở Moskva, nói với phóng viên về nước Nga.")).Country);

    [Fact]
    public void A_bare_capital_letter_at_the_end_is_a_withheld_name() =>
        Assert.Empty(Extract("Bà T.V. L cho biết đã nộp đơn lên Liên bang Nga."));
}
