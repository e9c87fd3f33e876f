using HopTac.Ingestion.Articles.Html;

namespace HopTac.Ingestion.Tests.Articles.Html;

public sealed class TitleCleanerTests
{
    [Theory]
    [InlineData("Việt Nam và Lào ký bản ghi nhớ | Báo Mẫu", "Báo Mẫu", "Việt Nam và Lào ký bản ghi nhớ")]
    [InlineData("Báo Mẫu - Việt Nam và Lào ký bản ghi nhớ hợp tác", "Báo Mẫu", "Việt Nam và Lào ký bản ghi nhớ hợp tác")]
    [InlineData("Hợp tác y tế Việt Nam - Belarus bước sang giai đoạn mới • Tin Mẫu", null, "Hợp tác y tế Việt Nam - Belarus bước sang giai đoạn mới")]
    [InlineData("Hợp tác y tế Việt Nam - Belarus", null, "Hợp tác y tế Việt Nam - Belarus")]
    public void StripSiteName_removes_the_site_but_not_the_headline(string title, string? site, string expected) =>
        Assert.Equal(expected, TitleCleaner.StripSiteName(title, site));

    [Theory]
    [InlineData("Việt Nam và Nhật Bản ký thỏa thuận hợp tác y tế | Thời sự | Báo Mẫu", "Việt Nam và Nhật Bản ký thỏa thuận hợp tác y tế")]
    [InlineData("Hợp tác giáo dục Việt - Lào | Ý kiến", "Hợp tác giáo dục Việt - Lào")]
    [InlineData("Tin tức | Hợp tác quốc tế về chuyển đổi số giữa Việt Nam và Hàn Quốc", "Tin tức | Hợp tác quốc tế về chuyển đổi số giữa Việt Nam và Hàn Quốc")]
    [InlineData("Hội nghị ASEAN | Kết quả của hội nghị bộ trưởng kinh tế ASEAN lần thứ 57 tại Kuala Lumpur", "Hội nghị ASEAN | Kết quả của hội nghị bộ trưởng kinh tế ASEAN lần thứ 57 tại Kuala Lumpur")]
    [InlineData("Việt Nam - Lào", "Việt Nam - Lào")]
    public void KeepHeadlineSegment_keeps_a_leading_headline_and_drops_section_and_site(string title, string expected) =>
        Assert.Equal(expected, TitleCleaner.KeepHeadlineSegment(title));
}
