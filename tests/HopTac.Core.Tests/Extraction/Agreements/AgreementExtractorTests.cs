using HopTac.Core.Extraction.Agreements;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

public sealed class AgreementExtractorTests
{
    internal static IReadOnlyList<AgreementFact> Run(string text)
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
    public void A_number_of_documents_signed_names_no_agreement() =>
        Assert.Empty(Run("Nhân dịp chuyến thăm, hai bên đã ký 9 văn kiện hợp tác với Ấn Độ."));

    [Fact]
    public void A_title_runs_past_the_plural_word_to_the_end_of_the_name()
    {
        var treaty = Assert.Single(Run("Hai nước kỷ niệm 25 năm ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị Việt Nam - Liên bang Nga."));
        Assert.StartsWith("Hiệp ước về những nguyên tắc cơ bản", treaty.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_cut_short_does_not_end_on_a_preposition()
    {
        var words = string.Join(' ', Enumerable.Repeat("hợp tác kinh tế", 10));
        var agreement = Assert.Single(Run($"Hai bên đã ký Hiệp định khung với Nhật Bản về {words} trong lĩnh vực nông nghiệp."));
        Assert.DoesNotMatch(@"\b(?:về|trong|lĩnh|của|và)$", agreement.Title);
    }

    [Theory]
    [InlineData("Hiệp định Thương mại tự do Việt Nam - Liên minh kinh tế Á - Âu trong việc đem lại hiệu quả thiết thực cho cả hai nước.", "Hiệp định Thương mại tự do Việt Nam - Liên minh kinh tế Á - Âu")]
    [InlineData("Sinh viên hưởng lợi từ Hiệp định Thương mại Tự do giữa Việt Nam và Liên minh Châu Âu dự kiến được ký kết vào mùa thu.", "Hiệp định Thương mại Tự do giữa Việt Nam và Liên minh Châu Âu")]
    public void A_title_ends_where_the_sentence_goes_on_about_the_document(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Fact]
    public void A_bare_document_word_that_points_back_adds_no_agreement()
    {
        var agreements = Run(
            "Hai bên đánh giá cao Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á - Âu.\n" +
            "Nhằm phát huy hơn nữa lợi thế mà Hiệp định mang lại, Nga và Việt Nam sẽ phối hợp tháo gỡ các cản trở.");
        Assert.Single(agreements);
    }

    [Theory]
    [InlineData("Bộ trưởng Ngoại giao Singapore khẳng định sẽ thúc đẩy các Hiệp định và thoả thuận cấp cao đã ký với Việt Nam.")]
    [InlineData("Hai nước nhất trí tăng cường sự gắn bó chiến lược giữa hai nước trong bối cảnh thế giới phức tạp với Nga.")]
    [InlineData("Ông là Viện trưởng Viện Chiến lược và Chính sách tài nguyên môi trường, từng làm việc tại Nhật Bản.")]
    [InlineData("Bộ trưởng Bộ Kế hoạch và Đầu tư tiếp Đại sứ Hàn Quốc tại Hà Nội.")]
    public void Documents_in_general_strategy_as_a_quality_and_bodies_named_after_plans_are_not_agreements(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void The_parties_of_the_declaration_on_conduct_in_the_south_china_sea_are_asean_and_china()
    {
        var doc = Assert.Single(Run("Hai bên ủng hộ thực hiện đầy đủ Tuyên bố về ứng xử của các bên ở Biển Đông (DOC), phù hợp với luật pháp quốc tế và Công ước của Liên Hợp Quốc."),
            a => a.Title.StartsWith("Tuyên bố", StringComparison.Ordinal));
        Assert.Equal(["ASEAN", "CN"], doc.Actors);
    }

    [Fact]
    public void An_agreement_told_in_common_words_is_the_named_document_of_its_field()
    {
        var agreements = Run(
            "Thoả thuận tăng cường hợp tác quốc phòng song phương được ký trong chuyến thăm Australia của Bộ trưởng.\n" +
            "Hai bên sau đó ký Tuyên bố tầm nhìn chung về thúc đẩy quan hệ quốc phòng Việt Nam - Australia.");
        Assert.Equal("declaration", Assert.Single(agreements).Type);
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

    [Theory]
    [InlineData("Hai nước đã ký hợp đồng cung cấp tên lửa cho Thổ Nhĩ Kỳ trong năm 2017.", "Hợp đồng cung cấp tên lửa cho Thổ Nhĩ Kỳ trong năm 2017")]
    [InlineData("Năm 2016, hai bên đã ký kết thỏa thuận hợp tác trong lĩnh vực cho thuê tài chính với Nhật Bản.", "Thỏa thuận hợp tác trong lĩnh vực cho thuê tài chính")]
    [InlineData("Hai bên đã ký thỏa thuận tăng cường hợp tác và chia sẻ thông tin giữa hải quân Việt Nam và Philippines.", "Thỏa thuận tăng cường hợp tác và chia sẻ thông tin giữa hải quân Việt Nam và Philippines")]
    public void A_title_does_not_end_at_a_syllable_that_folds_like_a_stop_word(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Fact]
    public void A_decimal_comma_and_a_list_of_named_parties_stay_inside_the_title()
    {
        var contract = Assert.Single(Run("Hai hãng đã ký hợp đồng trị giá 13,8 tỷ USD với Singapore."));
        var treaty = Assert.Single(Run("Ủy hội được thành lập năm 1995 dựa trên Hiệp ước Mekong giữa Campuchia, Lào, Thái Lan và Việt Nam, có trụ sở tại Viêng Chăn."));

        Assert.Equal("Hợp đồng trị giá 13,8 tỷ USD", contract.Title);
        Assert.Equal("Hiệp ước Mekong giữa Campuchia, Lào, Thái Lan và Việt Nam", treaty.Title);
    }

    [Theory]
    [InlineData("Chúng tôi tin rằng Hiệp định Paris không thể đàm phán lại vì nó quan trọng với Pháp.", "Hiệp định Paris")]
    [InlineData("Tuyên bố chung Mỹ - Nhật Bản cho biết Mỹ cam kết bảo vệ đồng minh.", "Tuyên bố chung Mỹ - Nhật Bản")]
    [InlineData("Ngoại trưởng Mỹ và Australia ra tuyên bố chung sau cuộc gặp tại Bangkok.", "Tuyên bố chung")]
    [InlineData("Nga rút khỏi Hiệp ước INF khi Mỹ triển khai tên lửa ở châu Âu.", "Hiệp ước INF")]
    public void A_title_ends_at_a_verb_or_clause_word_written_after_it(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);

    [Theory]
    [InlineData("Hong Kong chưa có hiệp ước dẫn độ với Trung Quốc đại lục.")]
    [InlineData("Mỹ muốn có một hiệp ước hòa bình với Triều Tiên khi quá trình phi hạt nhân hóa kết thúc.")]
    [InlineData("Tổng thống sẽ bảo đảm bất kỳ thỏa thuận thương mại nào với Trung Quốc cũng công bằng.")]
    [InlineData("Nhật Bản luôn ghi nhớ sự đóng góp của ngài cho quan hệ hữu nghị với Việt Nam.")]
    [InlineData("Tham gia đoàn có Thứ trưởng bộ Kế hoạch và Đầu tư cùng đại diện Trung Quốc.")]
    [InlineData("Các phi công của các nước thành viên tổ chức Hiệp ước Bắc Đại Tây Dương đang tập trận tại Đức.")]
    [InlineData("Chiến lược gia trưởng Nhà Trắng gặp đại sứ Nga hôm thứ Hai.")]
    public void A_document_wished_for_missing_or_in_a_name_and_the_verb_to_remember_are_not_agreements(string sentence) =>
        Assert.Empty(Run(sentence));

    [Fact]
    public void A_document_signed_after_an_indefinite_article_is_kept() =>
        Assert.Equal("Thỏa thuận hợp tác quân sự", Assert.Single(Run("Năm ngoái, Nga và Iran đã ký một thỏa thuận hợp tác quân sự.")).Title);
}
