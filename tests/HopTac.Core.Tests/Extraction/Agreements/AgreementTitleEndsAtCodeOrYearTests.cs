using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// A document's name ends with its acronym or its year: a lower-case word after them is the sentence going on, unless it
/// completes the name (composed sentences).
/// </summary>
public sealed class AgreementTitleEndsAtCodeOrYearTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Theory]
    [InlineData("Được ký năm 1987, Hiệp ước INF cấm hai nước phát triển tên lửa tầm trung.", "Hiệp ước INF")]
    [InlineData("Về cơ bản Hiệp định CPTPP giữ nguyên nội dung của văn kiện cũ.", "Hiệp định CPTPP")]
    [InlineData("Việt Nam kiên trì đấu tranh phù hợp với Công ước của Liên Hợp Quốc về Luật biển 1982 trước bất cứ hành vi nào.", "Công ước của Liên Hợp Quốc về Luật biển 1982")]
    public void A_title_ends_at_its_acronym_or_year_before_a_lower_case_word(string sentence, string title) =>
        Assert.Contains(Run(sentence), a => a.Title == title);

    [Theory]
    [InlineData("Hai bên đã ký Hiệp định Paris 1973 về chấm dứt chiến tranh ở Việt Nam.", "Hiệp định Paris 1973 về chấm dứt chiến tranh ở Việt Nam")]
    [InlineData("Các nước đã thông qua Công ước ASEAN chống khủng bố tại Cebu.", "Công ước ASEAN chống khủng bố")]
    public void A_preposition_or_an_organisations_acronym_keeps_the_title_going(string sentence, string title) =>
        Assert.Contains(Run(sentence), a => a.Title == title);
}
