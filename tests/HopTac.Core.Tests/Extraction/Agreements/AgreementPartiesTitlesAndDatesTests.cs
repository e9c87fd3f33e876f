using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// A well-known document has its published parties whichever states its sentence names, a title ends before a second
/// document or an adverb, and a date of another document's name, of a main clause or of a purpose is not the signing's
/// (composed sentences, session 13).
/// </summary>
public sealed class AgreementPartiesTitlesAndDatesTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Fact]
    public void A_treaty_with_published_parties_is_theirs_not_the_accusing_states()
    {
        var treaty = Assert.Single(Run("Ngoại trưởng Pháp cáo buộc Nga vi phạm Hiệp ước Các lực lượng hạt nhân tầm trung (INF)."));

        Assert.Equal(["US", "RU"], treaty.Actors);
    }

    [Fact]
    public void The_climate_agreement_named_after_paris_binds_its_parties_through_the_un()
    {
        var agreement = Assert.Single(Run("Tổng thống Mỹ tuyên bố rút khỏi Thoả thuận khí hậu Paris và các cam kết đi kèm."));

        Assert.Equal(["UN"], agreement.Actors);
    }

    [Fact]
    public void A_regional_partnership_named_beside_another_bloc_keeps_its_own_parties()
    {
        var agreement = Assert.Single(Run("Sau CPTPP, các nước đang thúc đẩy đàm phán Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP) trong năm nay."));

        Assert.Contains("ASEAN", agreement.Actors);
        Assert.Contains("CN", agreement.Actors);
        Assert.DoesNotContain("CPTPP", agreement.Actors);
    }

    [Fact]
    public void A_folded_word_is_no_acronym_of_a_known_document()
    {
        var agreement = Assert.Single(Run("Hai bên đã ký Hiệp định hợp tác kiểm soát dịch bệnh dọc biên giới giữa Việt Nam và Lào."));

        Assert.Contains("LA", agreement.Actors);
        Assert.DoesNotContain("ASEAN", agreement.Actors);
    }

    [Fact]
    public void A_second_document_word_ends_the_first_title_in_either_case()
    {
        var agreements = Run("Hai nước đã ký Bản ghi nhớ về hợp tác hải quân năm 2012 và Tuyên bố Tầm nhìn chung về quốc phòng năm 2016.");

        Assert.Contains(agreements, a => a.Title == "Bản ghi nhớ về hợp tác hải quân năm 2012");
        Assert.Contains(agreements, a => a.Type == "declaration" && a.Title.StartsWith("Tuyên bố Tầm nhìn chung", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tổng thống chỉ trích Hiệp ước Phòng thủ chung ngay trước chuyến thăm của thủ tướng nước này.", "Hiệp ước Phòng thủ chung")]
    [InlineData("Giới phân tích nhận định Hiệp ước Bầu trời Mở chủ yếu có lợi cho các nước nhỏ.", "Hiệp ước Bầu trời Mở")]
    [InlineData("Ông cho rằng Thoả thuận Minsk về miền đông Ukraine chưa được thực thi đầy đủ.", "Thoả thuận Minsk về miền đông Ukraine")]
    public void A_title_ends_before_an_adverb_no_name_holds(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Fact]
    public void A_year_in_another_documents_name_does_not_date_this_one()
    {
        var agreement = Assert.Single(Run("Hai bên nhất trí thực hiện nghiêm Thoả thuận về nguyên tắc hợp tác nghề cá Việt Nam - Indonesia, phù hợp với Công ước Liên Hợp Quốc về Luật biển 1982."),
            a => a.Type == "agreement");

        Assert.NotEqual("1982", agreement.Date);
    }

    [Fact]
    public void The_time_after_a_signed_documents_name_dates_it_over_an_earlier_clause()
    {
        var agreement = Assert.Single(Run("Hai nước nâng quan hệ lên đối tác chiến lược vào năm 2011 và ký kết Hiệp định thương mại tự do song phương vào năm 2016."));

        Assert.Equal("2016", agreement.Date);
    }

    [Fact]
    public void A_signing_told_after_an_objects_name_is_not_dated_by_the_main_clause()
    {
        var treaty = Assert.Single(Run("Hôm 3/9, Ngoại trưởng Đức phản đối việc Mỹ rút khỏi Hiệp ước Các lực lượng hạt nhân tầm trung (INF) ký với Liên Xô."));

        Assert.Null(treaty.Date);
    }

    [Fact]
    public void A_document_opening_its_clause_keeps_the_date_before_it()
    {
        var agreement = Assert.Single(Run("Ngày 18/1/2017, Thoả thuận giữa Nga và Syria về mở rộng quân cảng Tartus đã được ký kết."));

        Assert.Equal("2017-01-18", agreement.Date);
    }

    [Fact]
    public void A_signing_sought_by_a_purpose_clause_dates_nothing()
    {
        var agreement = Assert.Single(Run("Ngày 12/5, Bộ trưởng sang Brussels để ký Hiệp định Đối tác tự nguyện giữa Việt Nam và EU."));

        Assert.Null(agreement.Date);
    }

    [Fact]
    public void An_anniversary_counted_in_years_gives_neither_date_nor_period()
    {
        var treaty = Assert.Single(Run("Hai bên kỷ niệm Năm Hữu nghị Việt Nam - Lào và 40 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào (1977-2017)."));

        Assert.Null(treaty.Date);
        Assert.Null(treaty.Period);
    }

    [Theory]
    [InlineData("Việc ký hợp đồng với Mỹ để mua tiêm kích sẽ khiến nước này giảm phụ thuộc vào Nga.")]
    [InlineData("Thủ tướng từng nói về khả năng ký thoả thuận thương mại song phương với Trung Quốc.")]
    public void A_signing_made_a_noun_names_no_document(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void A_signing_made_a_noun_of_a_document_named_with_its_parties_is_kept() =>
        Assert.Single(Run("Đây là bước tiếp theo của việc ký kết biên bản ghi nhớ giữa Vietjet và Airbus tại triển lãm hàng không Singapore tháng 2-2016."));

    [Fact]
    public void The_secretary_generals_title_is_no_signing_that_cuts_a_word()
    {
        var title = Assert.Single(Run("Đại sứ trao văn kiện phê chuẩn Hiệp ước Cấm vũ khí hạt nhân cho Tổng thư ký Liên Hợp Quốc.")).Title;

        Assert.StartsWith("Hiệp ước Cấm vũ khí hạt nhân", title, StringComparison.Ordinal);
        Assert.False(title.EndsWith("thư", StringComparison.Ordinal), title);
    }

    [Fact]
    public void A_statements_content_verb_does_not_undate_it()
    {
        var statement = Assert.Single(Run("Sau cuộc gặp tại Singapore ngày 12/6/2018, hai nhà lãnh đạo đã ra tuyên bố chung nhất trí hợp tác lâu dài."));

        Assert.Equal("2018-06-12", statement.Date);
    }
}
