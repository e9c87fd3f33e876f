using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// Documents the session-8 corpus audit found told only in common words, one state's, inside a body's name or run on
/// into the sentence (composed sentences, one per rule).
/// </summary>
public sealed class AgreementCommonWordsTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Theory]
    [InlineData("Bắc Kinh muốn linh động hơn trong việc thực hiện thoả thuận thương mại.")]
    [InlineData("Venezuela cho rằng máy bay Mỹ đã vi phạm các hiệp ước quốc tế khi bay vào vùng trời nước này.")]
    [InlineData("Theo bản ghi nhớ mà các bộ trưởng gửi lên, người tị nạn phải qua kiểm tra an ninh bổ sung.")]
    [InlineData("Hai nước về cơ bản vẫn trong tình trạng chiến tranh vì chỉ có thoả thuận ngừng bắn, không phải hiệp ước hoà bình.")]
    public void A_document_told_in_common_words_and_not_signed_is_none_the_page_names(string sentence) =>
        Assert.Empty(Run(sentence));

    [Theory]
    [InlineData("Iran và Syria vừa ký một bản thoả thuận mở rộng hợp tác quốc phòng trong chuyến thăm của bộ trưởng.", "Thoả thuận mở rộng hợp tác quốc phòng")]
    [InlineData("Quan hệ hai nước tiến triển tốt từ thoả thuận hợp tác chiến lược ký năm 2013.", "Thoả thuận hợp tác chiến lược")]
    public void A_document_told_in_common_words_counts_where_the_sentence_signs_it(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Theory]
    [InlineData("Ông khẳng định đồng tình với kế hoạch triển khai binh sĩ Mỹ dọc biên giới với Mexico.")]
    [InlineData("Ông nói Chiến lược phòng thủ mới của Mỹ sẽ khiến các đối thủ lo ngại.")]
    [InlineData("Chuyên gia từ trung tâm Nghiên cứu Chiến lược và Quốc tế ở Washington nhận định như vậy.")]
    [InlineData("Viện Chính sách Chiến lược Australia công bố một báo cáo dài 44 trang.")]
    [InlineData("Trump khẳng định không cần nhanh chóng ký một thoả thuận về phi hạt nhân hoá cùng Bình Nhưỡng.")]
    public void One_states_plan_or_strategy_a_body_and_a_wished_for_document_are_no_cooperation_documents(string sentence) =>
        Assert.Empty(Run(sentence));

    [Theory]
    [InlineData("Các nhà khoa học chỉ trích việc Mỹ rút khỏi Thoả thuận Khí hậu Paris - vốn là động lực toàn cầu chính.", "Thoả thuận Khí hậu Paris")]
    [InlineData("Hải quân Mỹ tuyên bố hoạt động này phù hợp với Công ước Montreux và luật pháp quốc tế.", "Công ước Montreux")]
    [InlineData("Mỹ cáo buộc Nga vi phạm Hiệp ước INF trong nhiều năm qua.", "Hiệp ước INF")]
    [InlineData("Tuyên bố chung Hội nghị thượng đỉnh Nhật - Ấn cho thấy hai bên nhất trí tăng cường hợp tác.", "Tuyên bố chung Hội nghị thượng đỉnh Nhật - Ấn")]
    public void A_title_ends_before_an_apposition_a_second_object_or_a_verb(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Fact]
    public void A_documents_parties_come_from_its_own_stretch_of_the_sentence()
    {
        var found = Run("Việt Nam sẽ phê chuẩn Hiệp định CPTPP, ký Hiệp định thương mại tự do Việt Nam - EU và tham gia Hiệp định Đối tác Kinh tế Toàn diện Khu vực.");
        var last = Assert.Single(found, a => a.Title.StartsWith("Hiệp định Đối tác Kinh tế", StringComparison.Ordinal));
        Assert.DoesNotContain("EU", last.Actors);
    }
}
