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
}
