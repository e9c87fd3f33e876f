using HopTac.Core.Extraction.Agreements;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

public sealed class AgreementExtractorTests
{
    private static IReadOnlyList<AgreementFact> Run(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var events = EventExtractor.Extract(sentences, PersonExtractor.Extract(sentences), DateContext.None);
        return AgreementExtractor.Extract(sentences, events, DateContext.None);
    }

    [Fact]
    public void Extract_reads_a_memorandum_with_the_date_of_its_signing()
    {
        var agreements = Run("Ngày 3/7/2024, tại Hà Nội đã diễn ra lễ ký kết Bản ghi nhớ hợp tác giữa Bộ Y tế Việt Nam và Bộ Y tế Cu-ba về đào tạo nhân lực.");

        var memorandum = Assert.Single(agreements);
        Assert.Equal("memorandum", memorandum.Type);
        Assert.StartsWith("Bản ghi nhớ hợp tác giữa Bộ Y tế Việt Nam", memorandum.Title, StringComparison.Ordinal);
        Assert.Equal("2024-07-03", memorandum.Date);
        Assert.Contains("CU", memorandum.Actors);
    }

    [Fact]
    public void Extract_reads_the_period_of_a_plan_and_an_open_ended_roadmap()
    {
        var agreements = Run(
            "Hai bên đã thông qua Kế hoạch hành động giai đoạn 2021-2025 giữa ASEAN và Hàn Quốc.\n" +
            "Hai Bộ cũng thống nhất lộ trình hợp tác đến năm 2030 với Hàn Quốc.");

        Assert.Equal("2021/2025", Assert.Single(agreements, a => a.Type == "action_plan").Period);
        Assert.Equal("/2030", Assert.Single(agreements, a => a.Type == "roadmap").Period);
    }

    [Fact]
    public void Extract_does_not_take_the_verb_to_agree_for_an_agreement()
    {
        Assert.Empty(Run("Hai bên thỏa thuận sẽ tiếp tục trao đổi thông tin với Lào trong thời gian tới."));
    }

    [Fact]
    public void Extract_reads_a_declaration_of_a_bloc_and_its_partner()
    {
        var declaration = Assert.Single(Run("Các nhà lãnh đạo đã thông qua Tuyên bố ASEAN - Nhật Bản về hợp tác ứng phó biến đổi khí hậu."));

        Assert.Equal("declaration", declaration.Type);
        Assert.Contains("ASEAN", declaration.Actors);
        Assert.Contains("JP", declaration.Actors);
    }

    [Fact]
    public void Extract_gives_one_record_for_a_document_named_twice()
    {
        var agreements = Run(
            "Hai Bộ trưởng đã ký Hiệp định hợp tác song phương về giáo dục giữa Việt Nam và Mông Cổ.\n" +
            "Hiệp định hợp tác song phương về giáo dục sẽ mở ra nhiều cơ hội cho sinh viên hai nước.");

        Assert.Single(agreements);
    }

    [Fact]
    public void Extract_counts_documents_signed_in_number()
    {
        var agreement = Assert.Single(Run("Nhân dịp chuyến thăm, hai bên đã ký 9 văn kiện hợp tác với Ấn Độ."));

        Assert.Equal("agreement", agreement.Type);
        Assert.Contains("IN", agreement.Actors);
    }

    [Fact]
    public void Extract_returns_nothing_for_empty_or_hostile_input()
    {
        Assert.Empty(AgreementExtractor.Extract([], [], DateContext.None));
        Assert.Empty(AgreementExtractor.Extract(null!, null!, null!));
        var flood = string.Concat(Enumerable.Repeat("Hiệp định về ", 30_000));
        Assert.NotNull(AgreementExtractor.Extract([new Sentence(flood, 0)], [], DateContext.None));
    }

    [Fact]
    public void Extract_dates_a_declaration_adopted_at_the_close_of_a_conference_by_the_conference()
    {
        var agreements = Run(
            "Ngày 9/9/2024, Hội nghị Bộ trưởng Kinh tế ASEAN - Ấn Độ lần thứ 21 diễn ra tại Viêng Chăn.\n" +
            "Kết thúc Hội nghị, các Bộ trưởng đã thông qua Tuyên bố chung ASEAN - Ấn Độ về hợp tác kinh tế số.");

        Assert.Equal("2024-09-09", Assert.Single(agreements, a => a.Type == "joint_statement" || a.Type == "declaration").Date);
    }

    [Theory]
    [InlineData("Trung tâm Nghiên cứu Chiến lược và Quốc tế nhận định Nhật Bản sẽ tăng viện trợ cho khu vực.")]
    [InlineData("Ba Lan là thành viên Tổ chức Hiệp ước Bắc Đại Tây Dương từ năm 1999.")]
    [InlineData("Đoàn Nhật Bản đã làm việc với Bộ Kế hoạch và Đầu tư về các dự án ODA.")]
    public void A_document_word_inside_the_name_of_a_body_is_not_an_agreement(string sentence) =>
        Assert.Empty(Run(sentence));

    [Theory]
    [InlineData("Tổng thống mới sẽ tôn trọng hiệp ước hiện hành với Mỹ, ông Yasay nói.")]
    [InlineData("Hợp đồng quan trọng này giúp hãng mở rộng đội bay sang thị trường Hoa Kỳ.")]
    public void A_document_referred_to_without_a_name_is_not_an_agreement(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void The_signing_of_a_document_named_only_by_a_pointer_is_one_agreement_however_often_it_is_pointed_at()
    {
        var agreements = Run("Hai tổng giám đốc đã ký kết hợp đồng quan trọng này trước sự chứng kiến của lãnh đạo Việt Nam và Hoa Kỳ. "
            + "Lễ ký kết hợp đồng mang ý nghĩa lịch sử này diễn ra tại Hà Nội. Tiếp sau lễ ký kết hợp đồng trên, hai bên ký kết hợp đồng cung cấp động cơ cho đội bay.");

        Assert.Equal(["Hợp đồng quan trọng", "Hợp đồng cung cấp động cơ cho đội bay"], agreements.Select(a => a.Title));
    }

    [Fact]
    public void A_title_ends_before_a_connective_that_opens_the_next_clause()
    {
        var agreement = Assert.Single(Run("Việt Nam đã ký Hiệp định thương mại tự do song phương vì vậy doanh nghiệp Hàn Quốc đầu tư nhiều hơn."));

        Assert.Equal("Hiệp định thương mại tự do song phương", agreement.Title);
    }

    [Fact]
    public void A_ministry_that_signs_a_document_does_not_swallow_it_into_its_name() =>
        Assert.Equal("memorandum", Assert.Single(Run("Bộ Ngoại giao Việt Nam ký Bản ghi nhớ hợp tác với Bộ Ngoại giao Lào.")).Type);

    [Fact]
    public void A_named_agreement_after_a_signing_verb_that_opens_the_sentence_is_kept() =>
        Assert.Equal("Hiệp định Thương mại tự do Việt Nam - Hàn Quốc", Assert.Single(Run("Ký Hiệp định Thương mại tự do Việt Nam - Hàn Quốc là bước tiến lớn.")).Title);
}
