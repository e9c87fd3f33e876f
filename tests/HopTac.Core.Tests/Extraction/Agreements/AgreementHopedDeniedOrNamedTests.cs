using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>Documents the session-7 corpus audit found run into the sentence, hoped for, denied or inside a body's name.</summary>
public sealed class AgreementHopedDeniedOrNamedTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Theory]
    [InlineData("Mười một nước đã ký kết Hiệp định CPTPP hồi tháng ba tại Santiago.", "Hiệp định CPTPP")]
    [InlineData("Bài xã luận cho rằng Hiệp ước Phòng thủ chung mang tham vọng xâm lược.", "Hiệp ước Phòng thủ chung")]
    [InlineData("Hai nước ký Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu năm 2015.", "Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu năm 2015")]
    public void A_title_ends_before_the_verb_or_time_word_that_follows_it(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Theory]
    [InlineData("Hai miền Triều Tiên cam kết sẽ sớm ký hiệp ước hòa bình chấm dứt chiến tranh.")]
    [InlineData("Cuộc chiến kết thúc bằng lệnh đình chiến chứ không phải là hiệp định hòa bình.")]
    [InlineData("Các lãnh đạo đã không ra được tuyên bố chung sau hội nghị.")]
    [InlineData("London đang có kế hoạch triển khai thủy quân lục chiến đến vùng Vịnh.")]
    public void A_document_hoped_for_denied_or_intended_is_none_the_page_names(string sentence) =>
        Assert.Empty(Run(sentence));

    [Theory]
    [InlineData("Liên Hợp Quốc hậu thuẫn Chính phủ Hiệp định Quốc gia (GNA) của Libya.")]
    [InlineData("Mỹ dẫn dắt Khối Hiệp ước Quân sự Bắc Đại Tây Dương suốt nhiều thập niên.")]
    public void A_body_named_after_a_document_is_no_document(string sentence) =>
        Assert.Empty(Run(sentence));
}
