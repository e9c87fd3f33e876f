using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// Session-9 corpus audit: the signing date is the one told with the signing, and a title stops at the occasion's
/// time and at a photo credit (composed sentences, one per rule).
/// </summary>
public sealed class AgreementSigningDateAndTitleEndTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Fact]
    public void The_date_nearest_the_signing_is_the_signing_date()
    {
        var fact = Assert.Single(Run("Tại Brussels hôm 15-5, ngoại trưởng Iran gặp đại diện ba nước đã tham gia ký Kế hoạch hành động chung toàn diện (JCPOA) hồi năm 2015."));
        Assert.Equal("2015", fact.Date);
    }

    [Fact]
    public void An_anniversary_of_a_signing_gives_no_signing_date()
    {
        var fact = Assert.Single(Run("Hai nước tổ chức nhiều hoạt động trong năm 2019 nhân kỷ niệm 25 năm ký Hiệp ước về các nguyên tắc cơ bản của quan hệ hữu nghị giữa Việt Nam và Liên bang Nga."));
        Assert.Null(fact.Date);
    }

    [Theory]
    [InlineData("Lãnh đạo hai miền đã ký Tuyên bố chung chiều 27-4 tại Bàn Môn Điếm.", "Tuyên bố chung")]
    [InlineData("Hai bộ trưởng bắt tay sau khi ký kết Thoả thuận thương mại ngày 23-3 - Ảnh: REUTERS.", "Thoả thuận thương mại")]
    [InlineData("Mỹ đã bỏ phiếu ủng hộ Hiệp ước Buôn bán vũ khí bất chấp sự phản đối của các nhóm vận động.", "Hiệp ước Buôn bán vũ khí")]
    public void A_title_stops_at_the_occasions_time_a_photo_credit_and_despite(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);
}
