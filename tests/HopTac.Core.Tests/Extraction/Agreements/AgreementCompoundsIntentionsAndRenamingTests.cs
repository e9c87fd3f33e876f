using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// Titles keep a dashed pair of fields, "đối với" before what it applies to, a capitalised list after "về" and the
/// second term of "giữa" after "với"; they end before a closing possessor "của X" after a proper name. A signing
/// intended, committed to, prevented or not yet managed is no document; a document renamed after "tức" or "còn gọi là"
/// is the same one; a document named in a clause of content, or a signing supposed, takes no date (composed sentences,
/// session 17).
/// </summary>
public sealed class AgreementCompoundsIntentionsAndRenamingTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Fact]
    public void A_dashed_pair_of_fields_stays_in_the_title()
    {
        var agreement = Assert.Single(Run("Hai bộ trưởng đã ký Hiệp định hợp tác về khoa học - công nghệ giữa Việt Nam và Mông Cổ."));

        Assert.StartsWith("Hiệp định hợp tác về khoa học - công nghệ", agreement.Title);
    }

    [Fact]
    public void A_dash_before_an_apposition_still_ends_the_title()
    {
        var agreement = Assert.Single(Run("Hai nước đã ký Hiệp ước Tarlac - văn kiện được coi là nền tảng của quan hệ song phương."));

        Assert.Equal("Hiệp ước Tarlac", agreement.Title);
    }

    [Fact]
    public void Doi_voi_before_what_the_document_applies_to_stays_in_the_title()
    {
        var agreement = Assert.Single(Run("Việt Nam và Peru đã ký Hiệp định miễn thị thực đối với hộ chiếu công vụ."));

        Assert.Equal("Hiệp định miễn thị thực đối với hộ chiếu công vụ", agreement.Title);
    }

    [Fact]
    public void A_capitalised_list_after_ve_stays_in_the_title()
    {
        var declaration = Assert.Single(Run("Hai nhà lãnh đạo đã ký Tuyên bố Hà Nội về Hoà bình, Hợp tác và Phát triển bền vững."));

        Assert.Equal("Tuyên bố Hà Nội về Hoà bình, Hợp tác và Phát triển bền vững", declaration.Title);
    }

    [Fact]
    public void Voi_joins_the_second_term_when_the_first_name_holds_va()
    {
        var memorandum = Assert.Single(Run("Hôm qua đã diễn ra lễ ký Bản ghi nhớ giữa Bộ Văn hoá và Thông tin với Cơ quan Hợp tác Quốc tế Hàn Quốc."));

        Assert.EndsWith("với Cơ quan Hợp tác Quốc tế Hàn Quốc", memorandum.Title);
    }

    [Theory]
    [InlineData("Ông Putin ký sắc lệnh rút khỏi Hiệp ước Bầu trời Mở của Mỹ.", "Hiệp ước Bầu trời Mở")]
    [InlineData("Các nước đã ký Hiệp ước Lisbon của EU vào cuối năm đó.", "Hiệp ước Lisbon")]
    public void A_closing_possessor_after_a_proper_name_is_not_in_the_title(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Fact]
    public void A_possessor_after_kind_words_only_stays()
    {
        var agreement = Assert.Single(Run("Hai bên đã ký Hiệp định Thương mại tự do của Liên minh kinh tế Á - Âu với Việt Nam."));

        Assert.Contains("của Liên minh", agreement.Title);
    }

    [Theory]
    [InlineData("Nhật Bản và Nga có ý định ký hiệp ước hoà bình để chấm dứt tình trạng chiến tranh.")]
    [InlineData("Hai miền Triều Tiên cam kết ký hiệp định hoà bình vào cuối năm nay.")]
    [InlineData("Đến nay hai nước vẫn chưa ký kết được hiệp ước hoà bình sau chiến tranh.")]
    [InlineData("Bắc Kinh đã ngăn cản các nước Đông Nam Á ra tuyên bố chung về tranh chấp.")]
    [InlineData("Hai bên nhất trí tiến tới đàm phán, ký kết hiệp định thương mại song phương.")]
    public void A_signing_intended_committed_prevented_or_not_managed_is_no_document(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void A_document_renamed_after_tuc_is_the_same_document()
    {
        var found = Run("Iran tuyên bố sẽ không rút khỏi Kế hoạch hành động chung toàn diện (JCPOA), tức Thoả thuận hạt nhân Iran ký năm 2015.");

        Assert.DoesNotContain(found, a => a.Title.StartsWith("Thoả thuận hạt nhân", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_named_in_a_clause_of_content_takes_no_signing_date()
    {
        var found = Run("Các nước năm 2005 đã ký Tuyên bố Hà Nội về hợp tác nghề cá, trong đó cam kết tuân thủ Công ước Liên Hợp Quốc về Luật biển.");

        var convention = Assert.Single(found, a => a.Title.StartsWith("Công ước", StringComparison.Ordinal));
        Assert.Null(convention.Date);
    }

    [Fact]
    public void A_signing_supposed_after_neu_takes_no_date()
    {
        var agreement = Assert.Single(Run("Nếu Hiệp định Việt Nam - Chile được phê chuẩn, xuất khẩu có thể tăng gấp đôi vào năm 2030."));

        Assert.Null(agreement.Date);
    }

    [Theory]
    [InlineData("Tờ báo đăng toàn văn Tuyên bố của Chính phủ Pháp về tình hình Địa Trung Hải.")]
    [InlineData("Tuyên bố chung của Bộ Tài chính Mỹ và Bộ Thương mại Mỹ nêu rõ lập trường của Washington.")]
    public void A_statement_whose_author_is_one_state_is_no_document_between_sides(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void A_blocs_statement_stays()
    {
        var declaration = Assert.Single(Run("Các nhà lãnh đạo đã thông qua Tuyên bố của Lãnh đạo ASEAN về Năm Văn hoá ASEAN."));

        Assert.Contains("ASEAN", declaration.Actors);
    }
}
