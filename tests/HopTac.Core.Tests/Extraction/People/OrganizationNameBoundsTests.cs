using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>Where a body's name starts and ends (the corpus audit of session 6 found most organisations cut or run on).</summary>
public sealed class OrganizationNameBoundsTests
{
    private static List<string> Names(string text) => [.. OrganizationExtractor.Extract(SentenceSplitter.Split(text)).Select(o => o.Name)];

    [Theory]
    [InlineData("Sáng nay, Phòng CSGT Công an tỉnh Quảng Trị đã kiểm tra các xe khách.", "Phòng CSGT Công an tỉnh Quảng Trị")]
    [InlineData("Ông Minh từng làm Giám đốc Sở Giao thông Vận tải trong bốn năm.", "Sở Giao thông Vận tải")]
    [InlineData("Theo Trung tâm Dự báo Khí tượng Thuỷ văn Trung ương, bão sẽ vào đất liền đêm nay.", "Trung tâm Dự báo Khí tượng Thuỷ văn Trung ương")]
    [InlineData("Ngân hàng TMCP Bưu điện Liên Việt vừa phát hành trái phiếu.", "Ngân hàng TMCP Bưu điện Liên Việt")]
    [InlineData("Trung tâm Y tế dự phòng tỉnh Quảng Trị đã lấy mẫu nước.", "Trung tâm Y tế dự phòng tỉnh Quảng Trị")]
    public void A_body_name_keeps_the_lower_case_syllables_of_its_capitalised_words(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Theory]
    [InlineData("Báo Tin Sáng đưa tin, ngày 3/2, xe khách bị lật.", "Báo Tin Sáng")]
    [InlineData("Giáo sư tại Đại học Công nghệ Auckland nhận thấy nhân viên hài lòng hơn.", "Đại học Công nghệ Auckland")]
    [InlineData("Lập vi bằng xong, Sở Tư pháp luôn kiểm soát chặt nội dung.", "Sở Tư pháp")]
    [InlineData("Ông ấy làm lãnh đạo ở Phòng Nội vụ nhưng sau đó được điều chuyển.", "Phòng Nội vụ")]
    public void A_name_ends_before_the_words_of_the_sentence(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Theory]
    [InlineData("Bà Nguyễn Thị Lan, phó giám đốc Sở Công thương TP. HCM, cho biết giá sẽ giữ nguyên.", "Sở Công thương TP. HCM")]
    [InlineData("Viện KSND TP. Hà Nội đã chuyển hồ sơ sang toà.", "Viện KSND TP. Hà Nội")]
    public void The_city_after_tp_belongs_to_the_body(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Theory]
    [InlineData("Sở Tài nguyên và Môi trường tỉnh Quảng Ngãi đã lấy mẫu nước thải.", "Sở Tài nguyên và Môi trường tỉnh Quảng Ngãi")]
    [InlineData("Ông Hải được bổ nhiệm làm trưởng Phòng Giáo dục và Đào tạo huyện.", "Phòng Giáo dục và Đào tạo")]
    [InlineData("Cục Việc làm Bộ Lao động - Thương binh và Xã hội vừa công bố số liệu.", "Cục Việc làm Bộ Lao động - Thương binh và Xã hội")]
    [InlineData("Cơ quan CSĐT Bộ Công an đã khởi tố vụ án.", "Cơ quan CSĐT Bộ Công an")]
    public void A_ministry_field_joined_by_va_is_one_name(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Theory]
    [InlineData("Tàu cá của ngư dân đã tránh bão an toàn tại quần đảo Trường Sa.", "Trường Sa")]
    [InlineData("Du khách đổ về phố cổ Hội An trong dịp lễ.", "Hội An")]
    [InlineData("Đài Bắc phản đối quyết định này.", "Đài Bắc")]
    public void A_place_opening_with_a_head_word_is_no_body(string sentence, string place) =>
        Assert.DoesNotContain(place, Names(sentence));

    [Fact]
    public void A_reporter_abbreviation_is_no_part_of_the_outlet()
    {
        var names = Names("Trao đổi với PV Người Đưa Tin, ông Hùng cho biết sẽ khắc phục.");
        Assert.DoesNotContain("PV Người", names);
        Assert.DoesNotContain("PV Người Đưa Tin", names);
    }

    [Theory]
    [InlineData("Đài Loan hy vọng dẹp bỏ ống hút nhựa vào năm 2030.")]
    [InlineData("Bữa tiệc chào đón công chúa Tây Ban Nha Elena tới thăm.")]
    [InlineData("Sở hữu Jamila là tên chương trình tri ân khách hàng.")]
    [InlineData("Báo cáo của Chính phủ Lào được gửi tới hội nghị.")]
    public void A_state_name_or_a_common_word_opens_no_body(string sentence)
    {
        var names = Names(sentence);

        Assert.DoesNotContain(names, n => n.StartsWith("Đài", StringComparison.Ordinal) || n.StartsWith("Ban", StringComparison.Ordinal)
            || n.StartsWith("Sở", StringComparison.Ordinal) || n.StartsWith("Báo", StringComparison.Ordinal));
    }

    [Fact]
    public void The_state_after_a_noun_is_no_body_but_the_state_audit_is()
    {
        var names = Names("Kiểm toán Nhà nước đã báo cáo về chi ngân sách Nhà nước năm ngoái.");

        Assert.Contains("Kiểm toán Nhà nước", names);
        Assert.DoesNotContain("Nhà nước", names);
    }

    [Fact]
    public void A_news_agency_keeps_its_head_word() =>
        Assert.Contains("Hãng tin Reuters", Names("Hãng tin Reuters dẫn nguồn tin giấu tên cho biết như vậy."));

    [Theory]
    [InlineData("Uỷ ban Thường vụ Quốc hội sẽ họp vào sáng mai.", "Uỷ ban Thường vụ Quốc hội")]
    [InlineData("Sở GD-ĐT vừa có văn bản gửi các trường.", "Sở GD-ĐT")]
    [InlineData("Các trường do Bộ Văn hoá - Thể thao - Du lịch quản lý.", "Bộ Văn hoá - Thể thao - Du lịch")]
    public void A_name_runs_over_quoc_hoi_and_joined_parts(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Theory]
    [InlineData("Bộ GTVT bổ sung kinh phí cho dự án.", "Bộ GTVT")]
    [InlineData("Tàu của Công ty TNHH vận tải biển Thành Hưng bị giữ lại.", "Công ty TNHH vận tải biển Thành Hưng")]
    [InlineData("Uỷ ban Quốc phòng thuộc Quốc hội nước này đã họp.", "Uỷ ban Quốc phòng thuộc Quốc hội")]
    public void An_acronym_ends_the_name_before_lower_case_words(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Fact]
    public void A_source_line_is_not_an_organisation() =>
        Assert.DoesNotContain(Names("Theo Maritime Bank, ngân hàng đã làm việc với cơ quan chức năng."), n => n.StartsWith("Theo", StringComparison.Ordinal));
}
