using FsCheck.Xunit;
using HopTac.Core.Extraction.Figures;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Figures;

public sealed class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string text) => FigureExtractor.Extract(SentenceSplitter.Split(text));

    private static (decimal Value, string Unit) Single(string text)
    {
        var figure = Assert.Single(Extract(text));
        return (figure.Value, figure.Unit);
    }

    [Theory]
    [InlineData("Kim ngạch thương mại song phương đạt 4,7 tỷ USD trong năm qua.", "4700000000", "USD")]
    [InlineData("Nga cấp 1.000 suất học bổng cho sinh viên Việt Nam.", "1000", "suất")]
    [InlineData("Năm 2019 có hơn 600 nghìn lượt khách Nga tới Việt Nam.", "600000", "lượt")]
    [InlineData("Dự án có tổng vốn 1,5 triệu euro.", "1500000", "euro")]
    [InlineData("Xuất khẩu tăng hơn 16% so với cùng kỳ.", "16", "%")]
    [InlineData("Cộng đồng người Việt tại Séc có khoảng 60.000 người.", "60000", "người")]
    [InlineData("Hợp đồng trị giá 2.431 tỉ đồng đã được ký.", "2431000000000", "đồng")]
    [InlineData("Hãng đặt mua 50 máy bay thân hẹp.", "50", "máy bay")]
    [InlineData("Quỹ tài trợ 20 dự án nghiên cứu chung.", "20", "dự án")]
    [InlineData("Đoàn gồm 45 doanh nghiệp dược phẩm.", "45", "doanh nghiệp")]
    [InlineData("Nhật Bản viện trợ 3 triệu đô la Mỹ cho tỉnh.", "3000000", "đô la Mỹ")]
    [InlineData("Lô hàng gồm 200 tấn gạo đã cập cảng.", "200", "tấn")]
    [InlineData("Câu lạc bộ bị phạt 30.000 bảng.", "30000", "bảng")]
    [InlineData("Mỗi suất quà trị giá 500.000đ.", "500000", "đồng")]
    [InlineData("Nhà máy điện mặt trời công suất 100MW.", "100", "MW")]
    [InlineData("Hai bên trồng mới 3ha rừng ngập mặn.", "3", "ha")]
    [InlineData("Tỷ lệ tiêm chủng đạt 8,5 phần trăm.", "8.5", "%")]
    [InlineData("Nga chuyển giao hai triệu liều vaccine cho Việt Nam.", "2000000", "liều")]
    [InlineData("Quỹ cam kết nửa tỷ USD cho khu vực.", "500000000", "USD")]
    public void Extract_reads_money_percentages_and_counted_nouns(string text, string value, string unit)
    {
        var (v, u) = Single(text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), v);
        Assert.Equal(unit, u);
    }

    [Fact]
    public void Extract_reads_a_rate_and_keeps_the_hedge_in_the_text_only()
    {
        var figure = Assert.Single(Extract("Nhà máy sẽ nâng công suất lên gần 5 triệu liều/tháng."));
        Assert.Equal(5_000_000m, figure.Value);
        Assert.Equal("liều", figure.Unit);
        Assert.Equal("tháng", figure.Per);
        Assert.Equal("gần 5 triệu liều", figure.Text);
    }

    [Theory]
    [InlineData("Quy mô đào tạo mỗi năm khoảng 300 học viên.", "năm")]
    [InlineData("Trường tiếp nhận 200 sinh viên hằng năm.", "năm")]
    [InlineData("Sân bay đón hai triệu lượt khách/năm.", "năm")]
    [InlineData("Nga lập 2 sư đoàn với khoảng 9.000 quân mỗi sư đoàn.", "sư đoàn")]
    public void Extract_reads_rates_written_with_words(string text, string per) =>
        Assert.Equal(per, Extract(text)[^1].Per);

    [Fact]
    public void Extract_lends_the_unit_of_the_last_number_of_a_list_to_the_others()
    {
        var figures = Extract("Việt Nam đào tạo 12, 18 và 7 chuyên ngành cho bạn, vượt con số 40 trên 500 suất chung.");
        Assert.Equal([12m, 18m, 7m, 40m, 500m], figures.Select(f => f.Value));
        Assert.Equal(["chuyên ngành", "chuyên ngành", "chuyên ngành", "suất", "suất"], figures.Select(f => f.Unit));
    }

    [Theory]
    [InlineData("Hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao.")]
    [InlineData("Trong 9 tháng đầu năm, hợp tác tiếp tục phát triển.")]
    [InlineData("Hội nghị Bộ trưởng Y tế ASEAN lần thứ 16 (AHMM16) khai mạc lúc 9 giờ 30.")]
    [InlineData("Đại dịch Covid-19 và vaccine Sputnik-V được nhắc tới ngày 12/9/2024.")]
    [InlineData("Máy bay B737 MAX 200 là dòng máy bay hiện đại.")]
    [InlineData("Đại biểu Quốc hội khóa XIV, nhiệm kỳ 2016-2021, họp tại số 37 Hùng Vương.")]
    [InlineData("Ba bên cử hai đoàn công tác sang Lào.")]
    [InlineData("Năm 2024 đánh dấu bước phát triển mới.")]
    [InlineData("Mạng 5G phủ sóng từ 9h30 sáng.")]
    [InlineData("Các đội tuyển được chia thành 4 bảng.")]
    public void Extract_ignores_years_durations_ordinals_names_and_word_numbers(string text) =>
        Assert.Empty(Extract(text));

    [Fact]
    public void Extract_reports_a_figure_once_per_page_with_its_first_sentence_as_evidence()
    {
        const string text = "Hãng đặt mua 100 máy bay.\nTheo hợp đồng, 100 máy bay sẽ được giao từ năm 2019.";
        var figure = Assert.Single(Extract(text));
        Assert.Equal("Hãng đặt mua 100 máy bay.", figure.Evidence);
        Assert.Equal(0, figure.EvidenceStart);
    }

    [Fact]
    public void Evidence_is_the_sentence_and_its_start_points_into_the_page()
    {
        const string text = "Mở đầu bài viết.\nĐến nay, hợp tác chiếm khoảng 85% sản lượng dầu khí.";
        var figure = Assert.Single(Extract(text));
        Assert.Equal(text[figure.EvidenceStart..], figure.Evidence);
        Assert.Equal("khoảng 85%", figure.Text);
    }

    [Property(MaxTest = 500)]
    public bool Random_text_never_throws_and_every_figure_is_in_its_evidence(string? text)
    {
        var input = text ?? string.Empty;
        return FigureExtractor.Extract(SentenceSplitter.Split(input))
            .All(f => f.Evidence.Contains(f.Text, StringComparison.Ordinal) && f.Unit.Length > 0 && f.Value >= 0);
    }

    private static readonly string[] Pieces =
    [
        " ", "1.000", "4,7", "12", "/", "-", "tỷ", "triệu", "nghìn", "USD", "người", "%", "suất", "mỗi", "năm", "và",
        "hơn", "khoảng", "lần thứ", ",", ".", "máy bay", "trên", "đồng", "99999999999999999999", "0", "trăm",
    ];

    [Property(MaxTest = 1000)]
    public bool Number_like_noise_never_throws_and_figures_carry_their_text(int[]? picks)
    {
        var input = string.Concat((picks ?? []).Take(60).Select(p => Pieces[(int)((uint)p % (uint)Pieces.Length)] + " "));
        return FigureExtractor.Extract(SentenceSplitter.Split(input))
            .All(f => f.Evidence.Contains(f.Text, StringComparison.Ordinal) && f.Unit.Length > 0
                && f.Value >= 0 && f.Value <= HopTac.Core.Extraction.Numbers.VietnameseNumber.MaxValue);
    }
}
