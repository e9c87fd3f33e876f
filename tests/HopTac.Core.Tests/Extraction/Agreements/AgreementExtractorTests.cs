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
}
