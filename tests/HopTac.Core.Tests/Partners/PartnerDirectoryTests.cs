using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Partners;

namespace HopTac.Core.Tests.Partners;

public sealed class PartnerDirectoryTests
{
    private static readonly PartnerDirectory Directory = PartnerDirectory.Shared;

    [Theory]
    [InlineData("Nga")]
    [InlineData("nga")]
    [InlineData("Liên bang Nga")]
    [InlineData("LB Nga")]
    [InlineData("lien bang nga")]
    [InlineData("Russia")]
    [InlineData("Russian Federation")]
    [InlineData("RU")]
    [InlineData("ru")]
    [InlineData("  Nga ")]
    public void Every_common_name_of_Russia_resolves_to_RU(string typed) => Assert.Equal("RU", Directory.Resolve(typed));

    [Theory]
    [InlineData("Belarus", "BY")]
    [InlineData("Bê-la-rút", "BY")]
    [InlineData("be la rut", "BY")]
    [InlineData("Mỹ", "US")]
    [InlineData("Hoa Kỳ", "US")]
    [InlineData("United States", "US")]
    [InlineData("MY", "MY")]
    [InlineData("Malaysia", "MY")]
    [InlineData("Liên minh châu Âu", "EU")]
    [InlineData("European Union", "EU")]
    [InlineData("asean", "ASEAN")]
    [InlineData("Tổ chức Y tế Thế giới", "WHO")]
    [InlineData("Trung Quốc", "CN")]
    [InlineData("South Korea", "KR")]
    public void A_name_in_Vietnamese_or_English_resolves_to_its_code(string typed, string code) => Assert.Equal(code, Directory.Resolve(typed));

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData("XX")]
    public void Text_that_names_no_partner_resolves_to_nothing(string typed) => Assert.Null(Directory.Resolve(typed));

    [Fact]
    public void A_label_shows_the_name_beside_the_code_in_the_readers_language()
    {
        Assert.Equal("Nga (RU)", Directory.Label("RU", english: false));
        Assert.Equal("Russia (RU)", Directory.Label("RU", english: true));
        Assert.Equal("ZZ", Directory.Label("ZZ", english: false));
    }

    [Fact]
    public void Suggestions_begin_with_the_partners_whose_name_starts_with_the_text()
    {
        var codes = Directory.Suggest("Ng", 10).Select(p => p.Code).ToList();
        Assert.Contains("RU", codes);
        Assert.Contains("NG", codes);
        Assert.Empty(Directory.Suggest("qqqq", 10));
    }

    [Fact]
    public void Every_state_and_organisation_of_the_gazetteer_has_a_Vietnamese_and_an_English_name()
    {
        var codes = GazetteerData.Countries.Entries.Concat(GazetteerData.Blocs.Entries).Select(e => e.Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(codes.Count > 200);
        var missing = codes.Where(c => Directory.Find(c) is not { Vietnamese.Length: > 0, English.Length: > 0 }).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_name_shown_resolves_back_to_its_own_partner()
    {
        var wrong = Directory.All.SelectMany(p => new[] { (p.Code, p.Vietnamese), (p.Code, p.English) })
            .Where(n => Directory.Resolve(n.Item2) != n.Code).Select(n => $"{n.Item2} → {Directory.Resolve(n.Item2) ?? "nothing"}, not {n.Code}").ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("AU", "AU")]
    [InlineData("au", "AU")]
    [InlineData("Úc", "AU")]
    [InlineData("Australia", "AU")]
    [InlineData("Liên minh châu Phi", "AFRICANUNION")]
    [InlineData("African Union", "AFRICANUNION")]
    public void Australia_and_the_African_Union_are_two_partners_with_two_codes(string typed, string code) =>
        Assert.Equal(code, Directory.Resolve(typed));

    [Fact]
    public void Australia_and_the_African_Union_are_labelled_apart_in_both_languages()
    {
        Assert.Equal("Australia (AU)", Directory.Label("AU", english: false));
        Assert.Equal("Australia (AU)", Directory.Label("AU", english: true));
        Assert.Equal("Liên minh châu Phi (AFRICANUNION)", Directory.Label("AFRICANUNION", english: false));
        Assert.Equal("African Union (AFRICANUNION)", Directory.Label("AFRICANUNION", english: true));
    }

    [Fact]
    public void An_organisation_named_in_a_page_gets_a_code_no_state_has()
    {
        var states = GazetteerData.Countries.Entries.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        var clashes = GazetteerData.Blocs.Entries.Select(e => e.Value).Where(states.Contains).Distinct(StringComparer.Ordinal).ToList();
        Assert.Empty(clashes);
        Assert.Equal("AFRICANUNION", GazetteerData.ActorCode("Liên minh châu Phi"));
    }
}
