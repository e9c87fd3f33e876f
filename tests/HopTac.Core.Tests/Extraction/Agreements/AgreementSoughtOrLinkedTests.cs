using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// A state's name holding "Kỳ" is no signing, a signing sought or proposed is hoped for, and a link to another article
/// names no document (composed sentences).
/// </summary>
public sealed class AgreementSoughtOrLinkedTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Fact]
    public void Hoa_ky_in_the_sentence_does_not_date_the_document_with_another_clauses_date()
    {
        var agreements = Run("Trong cuộc gặp ngày 12-3-2016, hai ông nhắc lại Tuyên bố Tầm nhìn chung về quan hệ Việt Nam - Hoa Kỳ.");

        var statement = Assert.Single(agreements);
        Assert.Null(statement.Date);
    }

    [Fact]
    public void A_signing_told_with_ky_is_still_dated() =>
        Assert.Contains(Run("Ngày 12-3-2016, hai bộ trưởng đã ký Bản ghi nhớ về hợp tác giáo dục giữa Việt Nam và Hàn Quốc."), a => a.Date == "2016-03-12");

    [Theory]
    [InlineData("Hai nước đang tìm cách ký hiệp ước hòa bình để chấm dứt tình trạng chiến tranh.")]
    [InlineData("Ngoại trưởng đã đề xuất các nước trong vùng ký hiệp ước không tấn công lẫn nhau.")]
    public void A_signing_sought_or_proposed_names_no_document(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void A_link_to_another_article_names_no_document() =>
        Assert.Empty(Run("Xem thêm > > Tuyên bố mạnh mẽ của Thủ tướng Anh về quan hệ với châu Âu"));
}
