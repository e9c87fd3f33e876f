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

    [Theory]
    [InlineData("Giám đốc Sở Giao thông Hà Nội Vũ Văn Viện đã giao nhiệm vụ cho ban quản lý.", "Vũ Văn Viện")]
    [InlineData("Ông Nguyễn Trường Sơn ở ấp Thượng đã gọi điện phản ánh.", "Nguyễn Trường Sơn")]
    public void A_body_head_word_after_a_family_and_middle_name_is_the_given_name(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Fact]
    public void A_ship_named_after_an_admiral_is_no_person() =>
        Assert.Empty(Names("Biên đội tàu sân bay Đô đốc Kuznetsov đã rời cảng Murmansk."));

    [Fact]
    public void The_noun_for_a_man_is_no_honorific() =>
        Assert.DoesNotContain("Mỹ", Names("Người đàn ông Mỹ kể lại cuộc vật lộn với con sư tử núi."));

    [Fact]
    public void A_short_state_word_before_a_foreign_leader_is_not_part_of_the_name() =>
        Assert.Contains("Moon Jae - in", Names("Ông Kim gặp Tổng thống Hàn Moon Jae - in tại Bàn Môn Điếm."));

    [Fact]
    public void A_middle_initial_keeps_the_given_name_before_it()
    {
        var people = PersonExtractor.Extract(SentenceSplitter.Split("Khi đó Tổng thống George W. Bush đã từ chối bình luận."));

        Assert.Contains(people, p => p.Name == "George W. Bush" && p.Title == "Tổng thống");
    }

    [Theory]
    [InlineData("Chính quyền xã đã tiếp nhận đơn cầu cứu của bà Nguyễn Thị Ch.", "Nguyễn Thị")]
    [InlineData("Cơ quan chức năng đã mời ông Trần T. Ng lên làm việc.", "Trần")]
    public void Letters_without_a_vowel_after_a_family_name_are_a_withheld_name(string sentence, string cut) =>
        Assert.DoesNotContain(Names(sentence), n => n.StartsWith(cut, StringComparison.Ordinal));

    [Fact]
    public void The_household_gods_are_no_people() =>
        Assert.Empty(Names("Cạnh bàn thờ ông Địa, người dân làm lễ tiễn ông Táo về trời."));

    [Fact]
    public void Capitalised_syllables_after_a_school_acronym_name_the_school() =>
        Assert.DoesNotContain("Nhân Việt", Names("Thầy Bùi Gia Hiếu, Hiệu trưởng THPT Nhân Việt, cho rằng đề thi năm nay hay."));
}
