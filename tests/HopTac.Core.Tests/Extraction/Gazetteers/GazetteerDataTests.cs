using HopTac.Core.Extraction.Gazetteers;

namespace HopTac.Core.Tests.Extraction.Gazetteers;

public sealed class GazetteerDataTests
{
    [Fact]
    public void Countries_cover_every_un_member_and_the_observers()
    {
        var codes = GazetteerData.Countries.Entries.Select(e => e.Value).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(codes.Count >= 195, $"only {codes.Count} states");
        Assert.All(codes, c => Assert.Matches("^[A-Z]{2}$", c));
        Assert.Contains("PS", codes);
        Assert.Contains("VA", codes);
    }

    [Theory]
    [InlineData("Nga", "RU")]
    [InlineData("Liên bang Nga", "RU")]
    [InlineData("LB Nga", "RU")]
    [InlineData("CHDCND Lào", "LA")]
    [InlineData("Lào", "LA")]
    [InlineData("Hoa Kỳ", "US")]
    [InlineData("Mỹ", "US")]
    [InlineData("Hàn Quốc", "KR")]
    [InlineData("Triều Tiên", "KP")]
    [InlineData("Trung Quốc", "CN")]
    [InlineData("Nhật Bản", "JP")]
    [InlineData("Cộng hòa Belarus", "BY")]
    [InlineData("Cộng hoà Belarus", "BY")]
    [InlineData("Belarus", "BY")]
    [InlineData("Campuchia", "KH")]
    [InlineData("Thuỵ Điển", "SE")]
    [InlineData("Đài Loan", "TW")]
    [InlineData("Hồng Kông", "HK")]
    public void StateCode_reads_vietnamese_names_and_their_variants(string name, string code)
        => Assert.Equal(code, GazetteerData.StateCode(name));

    [Theory]
    [InlineData("ASEAN", "ASEAN")]
    [InlineData("Liên minh châu Âu", "EU")]
    [InlineData("Liên minh Kinh tế Á-Âu", "EAEU")]
    [InlineData("Liên minh Kinh tế Á - Âu", "EAEU")]
    [InlineData("Liên hợp quốc", "UN")]
    [InlineData("Tổ chức Y tế Thế giới", "WHO")]
    [InlineData("G20", "G20")]
    [InlineData("APEC", "APEC")]
    [InlineData("NATO", "NATO")]
    [InlineData("Quỹ Nhi đồng Liên hợp quốc", "UNICEF")]
    [InlineData("UNHCR", "UNHCR")]
    [InlineData("Cơ quan Năng lượng Nguyên tử Quốc tế", "IAEA")]
    [InlineData("Chương trình Lương thực Thế giới", "WFP")]
    [InlineData("Interpol", "INTERPOL")]
    [InlineData("G 20", "G20")]
    [InlineData("Nhóm G 7", "G7")]
    public void ActorCode_reads_blocs_and_organisations(string name, string code)
        => Assert.Equal(code, GazetteerData.ActorCode(name));

    [Fact]
    public void A_UN_agency_named_in_full_is_that_agency_and_not_the_UN_its_name_contains()
    {
        var codes = GazetteerData.Blocs.FindAll("Quỹ Nhi đồng Liên hợp quốc (UNICEF) và Liên hợp quốc trao vaccine cho Việt Nam.")
            .Select(m => m.Entry.Value).ToList();

        Assert.Equal(["UNICEF", "UNICEF", "UN"], codes);
    }

    [Fact]
    public void StateCode_is_null_for_unknown_or_empty_names()
    {
        Assert.Null(GazetteerData.StateCode("Atlantis"));
        Assert.Null(GazetteerData.StateCode(""));
        Assert.Null(GazetteerData.StateCode(null));
    }

    [Theory]
    [InlineData("Bộ trưởng")]
    [InlineData("Thứ trưởng Thường trực")]
    [InlineData("Đại sứ Đặc mệnh toàn quyền")]
    [InlineData("Chủ tịch nước")]
    [InlineData("Tổng Bí thư")]
    [InlineData("Phó Thủ tướng")]
    [InlineData("Thư ký Hội đồng An ninh")]
    [InlineData("Quốc vương")]
    [InlineData("ngoại trưởng")]
    public void Titles_know_the_offices_of_vietnamese_news(string title)
        => Assert.NotNull(GazetteerData.Titles.Lookup(title));

    [Fact]
    public void FindActors_requires_capitals_and_skips_names_inside_personal_names()
    {
        var text = "Đức Huy cho biết Phó Thủ tướng Vũ Đức Minh đã gặp Bộ trưởng Ngoại giao Đức và đại diện Liên minh châu Âu; mỹ thuật Việt Nam.";

        var actors = GazetteerData.FindActors(text).Select(m => m.Entry.Value).ToList();

        Assert.Equal(["DE", "EU", "VN"], actors);
    }

    [Theory]
    [InlineData("Theo báo Pháp luật TP HCM, hai máy bay đã hạ cánh tại Đà Nẵng.")]
    [InlineData("Hai bên rà soát khung Pháp lý cho đầu tư.")]
    public void FindActors_does_not_read_France_in_common_nouns_written_with_a_capital(string text) =>
        Assert.DoesNotContain("FR", GazetteerData.FindActors(text).Select(m => m.Entry.Value));

    [Fact]
    public void A_look_alike_of_a_state_name_is_no_state_in_any_lookup()
    {
        Assert.Null(GazetteerData.StateCode("Pháp luật"));
        Assert.Equal("FR", GazetteerData.StateCode("Pháp"));
        Assert.DoesNotContain(GazetteerData.Countries.Entries, e => e.Value == Gazetteer.NotAName);
    }

    [Theory]
    [InlineData("Giáo hội tổ chức Đại lễ mừng ngày Đức Phật đản sinh tại chùa Quán Sứ.", "DE")]
    [InlineData("Đức Giáo hoàng tiếp các tín hữu tại quảng trường.", "DE")]
    public void A_religious_honorific_is_no_state(string text, string state) =>
        Assert.DoesNotContain(state, GazetteerData.FindActors(text).Select(m => m.Entry.Value));

    [Fact]
    public void FindActors_still_reads_Germany() =>
        Assert.Contains("DE", GazetteerData.FindActors("Thủ tướng Đức thăm Việt Nam.").Select(m => m.Entry.Value));

    [Fact]
    public void FindActors_still_reads_France_before_other_words() =>
        Assert.Equal(["FR", "VN"], GazetteerData.FindActors("Tổng thống Pháp sẽ thăm Việt Nam; Pháp luôn coi trọng quan hệ.").Select(m => m.Entry.Value).Distinct());

    [Fact]
    public void FindActors_reads_acronyms_only_in_capitals()
    {
        var actors = GazetteerData.FindActors("Ông Park Sung Un phát biểu trước UN và các nước G20.").Select(m => m.Entry.Value).ToList();

        Assert.Equal(["UN", "G20"], actors);
    }

    [Fact]
    public void FindAll_reports_offsets_into_the_searched_text()
    {
        const string text = "Quan hệ Việt Nam - Liên bang Nga";

        var match = GazetteerData.Countries.FindAll(text)[^1];

        Assert.Equal("Liên bang Nga", text.Substring(match.Start, match.Length));
        Assert.Equal("RU", match.Entry.Value);
    }
}
