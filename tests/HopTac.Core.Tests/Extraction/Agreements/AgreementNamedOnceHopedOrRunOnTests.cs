using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// A document named in full and then by its acronym is one record, a signing to come or refused names no document, a
/// title ends before the verb or clause that follows the name, and a date of another clause or year does not date the
/// document (composed sentences, session 12).
/// </summary>
public sealed class AgreementNamedOnceHopedOrRunOnTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Fact]
    public void A_document_named_in_full_and_then_by_its_acronym_is_one_record()
    {
        var agreements = Run("Hai nước đã ký Hiệp ước Cắt giảm vũ khí tầm ngắn (SRF) năm 1991. Nhiều chuyên gia cho rằng Hiệp ước SRF vẫn còn giá trị.");

        var treaty = Assert.Single(agreements);
        Assert.Equal("Hiệp ước Cắt giảm vũ khí tầm ngắn", treaty.Title);
        Assert.Equal("1991", treaty.Date);
    }

    [Fact]
    public void Two_acronyms_in_one_title_are_not_merged_into_one_document()
    {
        var agreements = Run("Hai bên đã ký Hiệp định Thương mại tự do Việt Nam - Chile (VCFTA). Quốc hội sẽ xem xét Hiệp định VCFTA và VCIPA.");

        Assert.Equal(2, agreements.Count);
    }

    [Theory]
    [InlineData("Theo các nhà ngoại giao, hai nước có thể hoàn tất việc ký kết thoả thuận cung cấp tàu tuần tra trong năm nay.")]
    [InlineData("Mục tiêu của chính phủ là phải ký hiệp định hoà bình với nước láng giềng.")]
    [InlineData("Các bên đang thương lượng để đạt được tuyên bố chung về an ninh khu vực.")]
    [InlineData("Tổng thống đã từ chối thông qua tuyên bố chung của hội nghị.")]
    [InlineData("Ngoại trưởng hối thúc các nước trong khối đạt đồng thuận và phát tuyên bố chung về tranh chấp biển.")]
    [InlineData("Cùng ngày, hai bên sẽ ra tuyên bố chung.")]
    [InlineData("Hai bộ sẽ sớm ký Bản ghi nhớ (MOU) về hợp tác dài hạn trong lĩnh vực năng lượng.")]
    [InlineData("Hai tập đoàn vẫn chưa hoàn tất ký kết hợp đồng mua bán khí đốt.")]
    public void A_signing_to_come_or_refused_names_no_document(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void A_document_signed_is_still_one_the_page_names() =>
        Assert.Single(Run("Hai bộ trưởng đã ký thoả thuận hợp tác về giáo dục đại học giữa Việt Nam và Phần Lan."));

    [Theory]
    [InlineData("Việt Nam đã ký kết nhiều hiệp ước song phương và đa phương để mở rộng thị trường.")]
    [InlineData("Thượng nghị sĩ kêu gọi xem xét lại 12 thỏa thuận song phương được ký kết mới đây.")]
    [InlineData("Doanh nghiệp cần chuẩn bị cho các Hiệp định thương mại tự do thế hệ mới.")]
    public void Several_documents_told_only_by_their_kind_name_none(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void A_numbered_article_of_a_treaty_is_no_count_of_documents() =>
        Assert.Single(Run("Theo Điều 5 Hiệp ước Phòng thủ Tương hỗ giữa Mỹ và Philippines, hai nước giúp nhau khi bị tấn công."));

    [Theory]
    [InlineData("Lãnh đạo hai nước ra Tuyên bố chung cam kết tăng cường hợp tác biển.", "Tuyên bố chung")]
    [InlineData("Hiệp ước Lisbon quy định về việc một nước rời khỏi liên minh.", "Hiệp ước Lisbon")]
    [InlineData("Mỹ rút khỏi Thoả thuận hạt nhân 2015 và áp đặt các lệnh trừng phạt mới.", "Thoả thuận hạt nhân 2015")]
    [InlineData("Việt Nam đã ký Công ước về Luật biển năm 1982 và các văn bản pháp lý khác.", "Công ước về Luật biển năm 1982")]
    [InlineData("Iran ngừng thực thi Thoả thuận hạt nhân đạt được năm 2015 với các cường quốc.", "Thoả thuận hạt nhân")]
    public void A_title_ends_where_the_documents_name_ends(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Fact]
    public void A_verb_after_ve_stays_in_the_title() =>
        Assert.Equal("Thoả thuận về công nhận tương đương văn bằng", Assert.Single(Run("Hai bộ trưởng đã ký Thoả thuận về công nhận tương đương văn bằng.")).Title);

    [Fact]
    public void The_year_in_a_documents_name_dates_it_over_another_clauses_year()
    {
        var agreements = Run("Hai nước nâng quan hệ lên Đối tác chiến lược năm 2014, ký Tuyên bố về tầm nhìn chung quan hệ Việt - Nhật năm 2015.");

        Assert.Equal("2015", Assert.Single(agreements).Date);
    }

    [Fact]
    public void A_signing_of_an_order_does_not_date_the_document_the_sentence_names() =>
        Assert.Null(Assert.Single(Run("Ngày 8-3, tổng thống ký sắc lệnh áp thuế thép nhưng miễn trừ cho các nước trong Hiệp định Thương mại Tự do Bắc Mỹ.")).Date);

    [Fact]
    public void A_signing_of_a_protocol_still_dates_its_sentence() =>
        Assert.Contains(Run("Năm 2016, hai nước ký Nghị định thư về biên giới và Hiệp định về quy chế quản lý biên giới Việt Nam - Lào."), a => a.Date == "2016");

    [Fact]
    public void A_date_before_a_clause_of_cause_does_not_date_the_signing_inside_it()
    {
        var agreements = Run("Năm 1994, ông nhận giải Nobel Hoà bình do tham gia ký kết thành công Hiệp định Oslo.");

        Assert.Null(Assert.Single(agreements).Date);
    }
}
