using System.Globalization;
using HopTac.Core.Extraction.Figures;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.Figures;

/// <summary>A whole page written for this test in the style of Vietnamese health-cooperation news.</summary>
public sealed class ComposedPageTests
{
    private const string Page = """
        Sáng 14/3, tại Hà Nội, Thứ trưởng Bộ Y tế Trần Văn Minh tiếp Đại sứ Hàn Quốc tại Việt Nam.
        Thứ trưởng cho biết, trong 5 năm qua, Hàn Quốc đã tài trợ khoảng 120 triệu USD cho 14 dự án y tế tại Việt Nam.
        Ảnh: Bộ Y tế
        Mỗi năm, phía Hàn Quốc dành 50 suất học bổng cho bác sĩ trẻ; hơn 1.200 cán bộ y tế đã được đào tạo.
        Đại sứ cho biết, Hàn Quốc sẽ trao tặng 300.000 liều vaccine và 2,5 triệu khẩu trang trong quý II/2025.
        Tỷ lệ tiêm chủng mở rộng tại các tỉnh miền núi đạt 97,5%, tăng 3% so với năm 2023.
        Hai bên kỷ niệm 32 năm thiết lập quan hệ ngoại giao và Hội nghị hợp tác y tế lần thứ 7 sẽ diễn ra vào ngày 20/5.
        Dự án Bệnh viện hữu nghị có tổng vốn 1.250 tỷ đồng, quy mô 500 giường bệnh, phục vụ gần 2 triệu lượt người bệnh/năm.
        """;

    [Fact]
    public void Extract_finds_every_figure_of_the_page_and_nothing_else()
    {
        var figures = FigureExtractor.Extract(SentenceSplitter.Split(Page));
        var found = figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} {f.Unit} {f.Per}").Trim());
        Assert.Equal(
            [
                "120000000 USD", "14 dự án", "50 suất năm", "1200 cán bộ", "300000 liều", "2500000 khẩu trang", "97.5 %",
                "3 %", "1250000000000 đồng", "500 giường bệnh", "2000000 lượt năm",
            ],
            found);
    }

    [Fact]
    public void Every_figure_keeps_its_sentence_as_evidence_at_the_right_offset()
    {
        foreach (var figure in FigureExtractor.Extract(SentenceSplitter.Split(Page)))
        {
            Assert.Equal(figure.Evidence, Page.Substring(figure.EvidenceStart, figure.Evidence.Length));
            Assert.Contains(figure.Text, figure.Evidence, StringComparison.Ordinal);
        }
    }
}
