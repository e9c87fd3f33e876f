using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.People;

public sealed class PersonExtractorTests
{
    private static IReadOnlyList<Person> Extract(string text) => PersonExtractor.Extract(SentenceSplitter.Split(text));

    private static Person Single(IReadOnlyList<Person> people, string name) => Assert.Single(people, p => p.Name == name);

    [Fact]
    public void Extract_lists_the_leaders_of_both_sides_of_a_phone_call()
    {
        var people = Extract("Tối 5/3, Thủ tướng Chính phủ Trần Văn Bình đã điện đàm với Thủ tướng Nhật Bản Taro Yamada về hợp tác kinh tế.");

        var vn = Single(people, "Trần Văn Bình");
        Assert.Equal("Thủ tướng Chính phủ", vn.Title);
        Assert.Equal("VN", vn.Country);
        var jp = Single(people, "Taro Yamada");
        Assert.Equal("Thủ tướng Nhật Bản", jp.Title);
        Assert.Equal("JP", jp.Country);
        Assert.Equal(2, people.Count);
    }

    [Theory]
    [InlineData("Ngày 8/9, tại tỉnh Luang Namtha, Thứ trưởng Bộ Y tế Lê Văn Tâm đã trao tặng vật tư y tế cho Lào.")]
    [InlineData("Từ thủ đô Phnom Penh, Đại sứ Việt Nam Trần Thị Mai cho biết hai bên sẽ hợp tác giáo dục.")]
    public void A_place_before_an_office_is_not_a_person_in_apposition(string sentence)
    {
        var person = Assert.Single(Extract(sentence));
        Assert.DoesNotContain(person.Name, sentence[..sentence.IndexOf(',', StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_after_tới_is_still_read_in_apposition() =>
        Assert.Contains(Extract("Thủ tướng đã gửi thư tới Anthony Albanese, Thủ tướng Australia, về hợp tác giáo dục."), p => p.Name == "Anthony Albanese");

    [Fact]
    public void Extract_reads_an_ambassador_in_apposition_as_acting_for_his_state_not_the_host()
    {
        var people = Extract("Tiếp đón đoàn có ngài Ivan Petrenko, Đại sứ Đặc mệnh toàn quyền Cộng hòa Ba Lan tại Việt Nam; đại diện các Vụ, Cục.");

        var envoy = Single(people, "Ivan Petrenko");
        Assert.Equal("PL", envoy.Country);
        Assert.StartsWith("Đại sứ Đặc mệnh toàn quyền Cộng hòa Ba Lan", envoy.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_takes_the_state_before_tai_for_a_vietnamese_envoy()
    {
        var people = Extract("Nhân dịp này, Đại sứ Việt Nam tại Pháp Lê Thị Hồng Nhung đã trả lời phỏng vấn báo chí.");

        var envoy = Single(people, "Lê Thị Hồng Nhung");
        Assert.Equal("VN", envoy.Country);
        Assert.Equal("Đại sứ Việt Nam tại Pháp", envoy.Title);
    }

    [Fact]
    public void Extract_merges_initials_and_surnames_into_the_fullest_name()
    {
        var people = Extract(
            "Tổng thống Nga P. Sokolov đã tiếp đoàn.\nTổng thống Liên bang Nga Pavel Sokolov nhấn mạnh quan hệ hai nước.\nÔng Sokolov cũng cho biết thêm.");

        var president = Assert.Single(people);
        Assert.Equal("Pavel Sokolov", president.Name);
        Assert.Equal("RU", president.Country);
        Assert.Equal("Tổng thống Liên bang Nga", president.Title);
        Assert.Equal(0, president.EvidenceStart);
        Assert.Equal("Tổng thống Nga P. Sokolov đã tiếp đoàn.", president.Evidence);
    }

    [Fact]
    public void Extract_reads_lao_and_korean_names_with_hyphens()
    {
        var people = Extract(
            "Bộ trưởng Bộ Ngoại giao Lào Somsak Vongkham hội đàm với Bộ trưởng Ngoại giao Hàn Quốc Park Min-soo tại Viêng Chăn.");

        Assert.Equal("LA", Single(people, "Somsak Vongkham").Country);
        var korean = Single(people, "Park Min-soo");
        Assert.Equal("KR", korean.Country);
        Assert.Equal("Bộ trưởng Ngoại giao Hàn Quốc", korean.Title);
    }

    [Fact]
    public void Extract_does_not_take_places_or_addresses_for_people()
    {
        var people = Extract("Bà Rịa - Vũng Tàu đón đoàn. Giám đốc Sở Y tế Đồng Nai Trần Văn Tâm-thôn Đông cho biết.");

        Assert.DoesNotContain(people, p => p.Name.Contains("Rịa", StringComparison.Ordinal));
        Assert.DoesNotContain(people, p => p.Name.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_reads_a_party_name_that_runs_on_after_its_state()
    {
        var people = Extract("Chủ tịch Đảng nước Ba Lan đoàn kết Jan Nowicki đã phát biểu. Tổng thống Ba Lan chúc mừng Anna Kowalska.");

        var chair = Single(people, "Jan Nowicki");
        Assert.Equal("Chủ tịch Đảng nước Ba Lan đoàn kết", chair.Title);
        Assert.DoesNotContain(people, p => p.Name == "Anna Kowalska" && p.Title is not null);
    }

    [Fact]
    public void Extract_reads_abbreviated_degrees_and_hospital_names_before_a_name()
    {
        var people = Extract("PGS.TS. Trần Minh Đức, Giám đốc Bệnh viện Việt Đức Nguyễn Văn Toàn và TS.BS Lê Thu Hà cùng dự.");

        Assert.Contains(people, p => p.Name == "Nguyễn Văn Toàn" && p.Title == "Giám đốc Bệnh viện Việt Đức" && p.Country == "VN");
        Assert.Contains(people, p => p.Name == "Lê Thu Hà");
        Assert.Contains(people, p => p.Name == "Trần Minh Đức");
    }

    [Fact]
    public void Extract_reads_an_office_in_brackets_after_a_name()
    {
        var people = Extract("Ông Mark Ellis (Đại sứ Australia tại Việt Nam) đã trao quà.");

        var envoy = Assert.Single(people);
        Assert.Equal("AU", envoy.Country);
        Assert.StartsWith("Đại sứ Australia", envoy.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_strips_honorifics_and_reads_a_caption()
    {
        var people = Extract("Bộ trưởng Bộ Y tế Nguyễn Thanh Hương (Ảnh: BYT).\nĐồng chí Nguyễn Thanh Hương phát biểu tại buổi lễ.");

        var minister = Assert.Single(people);
        Assert.Equal("Nguyễn Thanh Hương", minister.Name);
        Assert.Equal("Bộ trưởng Bộ Y tế", minister.Title);
        Assert.Equal("VN", minister.Country);
    }

    [Fact]
    public void Extract_keeps_the_most_specific_office_seen()
    {
        var people = Extract("Bộ trưởng Peter Novak cho biết.\nBộ trưởng Bộ Y tế Cộng hòa Séc Peter Novak đề nghị tăng học bổng.");

        var minister = Assert.Single(people);
        Assert.Equal("Bộ trưởng Bộ Y tế Cộng hòa Séc", minister.Title);
        Assert.Equal("CZ", minister.Country);
    }

    [Fact]
    public void Extract_finds_a_western_name_written_before_its_office()
    {
        var people = Extract("Theo John Miller, Tổng thư ký NATO, liên minh sẽ tăng cường hiện diện.");

        var person = Assert.Single(people);
        Assert.Equal("John Miller", person.Name);
        Assert.Equal("NATO", person.Country);
    }

    [Fact]
    public void Extract_reads_one_office_for_a_list_of_names()
    {
        var people = Extract("Đêm diễn có sự góp mặt của các nhà thiết kế Minh Thư, Hoàng Nam và Lan Chi.");

        Assert.Equal(["Minh Thư", "Hoàng Nam", "Lan Chi"], people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal("VN", p.Country));
    }

    [Fact]
    public void Extract_separates_a_company_name_from_the_director_after_it()
    {
        var people = Extract("Tổng Giám đốc Sunair Nguyễn Thị Mai Hoa và Giám đốc điều hành Tập đoàn sản xuất ô tô Rover Tom Hanson đã ký hợp đồng.");

        Assert.Contains(people, p => p.Name == "Nguyễn Thị Mai Hoa" && p.Title == "Tổng Giám đốc Sunair");
        Assert.Contains(people, p => p.Name == "Tom Hanson");
    }

    [Fact]
    public void Extract_finds_nobody_in_sentences_without_people()
    {
        Assert.Empty(Extract("Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký Bản ghi nhớ hợp tác. Thủ tướng Chính phủ đánh giá cao kết quả."));
    }

    [Fact]
    public void Extract_reads_international_organisations_as_the_state_of_their_officials()
    {
        var people = Extract("Trưởng Đại diện WHO tại Việt Nam Angela Brown và Tổng Giám đốc Tổ chức Y tế Thế giới Samuel Okafor đã đến thăm.");

        Assert.Equal("WHO", Single(people, "Angela Brown").Country);
        Assert.Equal("WHO", Single(people, "Samuel Okafor").Country);
    }

    [Fact]
    public void Extract_reads_an_office_then_an_honorific_and_the_name()
    {
        var people = Extract("Tiếp đoàn có Bộ trưởng Bộ Y tế Campuchia, ngài Chea Sokha.");

        var minister = Assert.Single(people);
        Assert.Equal("Chea Sokha", minister.Name);
        Assert.Equal("Bộ trưởng Bộ Y tế Campuchia", minister.Title);
        Assert.Equal("KH", minister.Country);
    }

    [Fact]
    public void Extract_reads_a_long_body_name_before_a_sino_vietnamese_name()
    {
        var people = Extract("Chủ nhiệm Ủy ban Y tế Quốc gia Trung Quốc Lưu Quảng Minh đã hội kiến đoàn.");

        var chair = Assert.Single(people);
        Assert.Equal("Lưu Quảng Minh", chair.Name);
        Assert.Equal("CN", chair.Country);
    }

    [Fact]
    public void Extract_keeps_lower_case_particles_inside_western_names()
    {
        var people = Extract("Bộ trưởng Nội vụ Hà Lan Pieter van der Berg cho biết.");

        var minister = Assert.Single(people);
        Assert.Equal("Pieter van der Berg", minister.Name);
        Assert.Equal("NL", minister.Country);
    }

    [FsCheck.Xunit.Property]
    public bool Extract_never_throws_and_keeps_evidence_in_the_text(string? text)
    {
        var s = text ?? string.Empty;
        return Extract(s).All(p => p.EvidenceStart >= 0 && p.EvidenceStart + p.Evidence.Length <= s.Length && p.Name.Length > 0);
    }

    [Fact]
    public void Extract_survives_hostile_input()
    {
        var junk = string.Concat(Enumerable.Repeat("Bộ trưởng Ông Bà . - , V. ", 3000));
        var people = Extract(junk + "\n\u0000\uD800 Đại sứ" + new string('A', 10000));

        Assert.NotNull(people);
    }

    [Theory]
    [InlineData("Ông Lê Văn Hùng, Giám đốc Công ty TNHH Phú Thịnh, cho biết đơn hàng sang Nhật Bản tăng mạnh.", "Phú Thịnh")]
    [InlineData("Bà Đỗ Thị Hạnh, Chủ tịch Ủy ban nhân dân xã Tân Lập, cho biết dự án do Hàn Quốc tài trợ đã xong.", "Tân Lập")]
    [InlineData("Ông Vũ Minh Đức, nguyên Tổng giám đốc Cty Mía đường Sơn La, đã nghỉ hưu.", "Mía")]
    [InlineData("Với tư cách đặc phái viên Cao ủy Liên Hợp Quốc về người tị nạn, bà Maria Jensen đã tới thăm trại.", "Cao")]
    public void The_proper_name_of_a_company_commune_or_agency_after_an_office_is_not_a_person(string sentence, string notInAName)
    {
        var people = Extract(sentence);

        Assert.NotEmpty(people);
        Assert.DoesNotContain(people, p => p.Name.Contains(notInAName, StringComparison.Ordinal));
    }

    [Fact]
    public void A_deputy_chief_of_staff_in_apposition_is_an_office_not_a_second_name()
    {
        var people = Extract("Thượng tá Hoàng Văn Sơn, Phó Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh, cho biết lực lượng đã sẵn sàng.");

        var person = Assert.Single(people);
        Assert.Equal("Hoàng Văn Sơn", person.Name);
    }

    [Fact]
    public void A_teachers_form_of_address_is_not_part_of_the_name()
    {
        var people = Extract("Cô Phạm Thị Lành, Hiệu trưởng Trường tiểu học Hòa Bình, cho biết học sinh được nhận học bổng của Nhật Bản.");

        Assert.Equal("Phạm Thị Lành", Assert.Single(people).Name);
    }

    [Fact]
    public void An_initial_standing_for_a_withheld_name_is_not_a_person() =>
        Assert.DoesNotContain(Extract("Tại nhà bà H, một nhóm thanh niên đang ngồi trước hiên nhà."), p => p.Name == "H");

    [Fact]
    public void A_five_syllable_vietnamese_name_with_a_double_surname_is_kept_whole()
    {
        var people = Extract("Bà Huỳnh Vũ Thị Minh Loan, Giám đốc điều hành, cho biết công ty xuất khẩu sang Hàn Quốc.");

        Assert.Equal("Huỳnh Vũ Thị Minh Loan", Assert.Single(people).Name);
    }

    [Fact]
    public void A_person_after_the_company_an_office_names_is_read_with_the_whole_office()
    {
        var person = Assert.Single(Extract("Tổng giám đốc Công ty Minh Phát, Trần Quốc Toản nhận xét thị trường Lào đang phục hồi."));

        Assert.Equal(("Trần Quốc Toản", "Tổng giám đốc Công ty Minh Phát"), (person.Name, person.Title));
    }

    [Fact]
    public void A_full_name_after_an_unnamed_province_is_a_person() =>
        Assert.Contains(Extract("Chủ tịch Ủy ban nhân dân tỉnh Lê Hoàng Phúc đọc thư chúc mừng của Đại sứ Nhật Bản."), p => p.Name == "Lê Hoàng Phúc");

    [Theory]
    [InlineData("Theo phóng viên Reuters, Ngoại trưởng Nhật Bản Taro Kono đã tới Hà Nội.", "Reuters")]
    [InlineData("Ông Lê Hữu Tâm, giám đốc vườn thú Sài Gòn, cho biết hai con hổ được tặng từ Ấn Độ.", "Sài Gòn")]
    [InlineData("Trưởng Đại diện Cảng Hàng không Đà Nẵng cho biết đoàn của Tổng thống Pháp đã hạ cánh.", "Cảng")]
    public void A_news_agency_zoo_or_airport_after_an_office_is_not_a_person(string sentence, string notAName) =>
        Assert.DoesNotContain(Extract(sentence), p => p.Name.Contains(notAName, StringComparison.Ordinal));
}
