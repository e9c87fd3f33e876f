using HopTac.Core.Pages;
using HopTac.Ingestion.Articles.TextDumps;

namespace HopTac.Ingestion.Tests.Articles.TextDumps;

public sealed class TextDumpExtractorTests
{
    private const string Lead =
        "Ngày 5/6, tại Hà Nội, Bộ trưởng Bộ Y tế đã tiếp Đại sứ Hàn Quốc tại Việt Nam và trao đổi về hợp tác đào tạo bác sĩ nội trú.";

    private const string Paragraph =
        "Hai bên nhất trí thúc đẩy trao đổi chuyên gia, chuyển giao kỹ thuật ghép tạng và hợp tác nghiên cứu lâm sàng trong năm tới.";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\n  \n")]
    [InlineData(" | \n---\n•")]
    public void Empty_or_letterless_input_gives_an_empty_article(string? text)
    {
        var article = TextDumpExtractor.Extract(text);
        Assert.Null(article.Title);
        Assert.Null(article.Published);
        Assert.Empty(article.Authors);
        Assert.Equal(string.Empty, article.Text);
    }

    [Fact]
    public void A_page_that_opens_with_its_body_has_no_title()
    {
        var article = TextDumpExtractor.Extract($"{Lead}\n\n{Paragraph}");
        Assert.Null(article.Title);
        Assert.Equal($"{Lead}\n{Paragraph}", article.Text);
    }

    [Fact]
    public void A_one_line_page_keeps_its_line_as_text()
    {
        var article = TextDumpExtractor.Extract("Hợp tác y tế Việt Nam - Hàn Quốc");
        Assert.Equal("Hợp tác y tế Việt Nam - Hàn Quốc", article.Text);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Dates_in_a_related_list_are_not_the_page_date()
    {
        var page = string.Join('\n',
            "Bộ Y tế tiếp Đại sứ Hàn Quốc", "", "Minh Châu", Lead, Paragraph, "", "Tin liên quan",
            "Bệnh viện tỉnh khai trương khoa ung bướu", "Thứ Ba, ngày 04/06/2024 09:10",
            "Hội thảo về an toàn thực phẩm", "Thứ Hai, ngày 03/06/2024 14:00");
        var article = TextDumpExtractor.Extract(page);
        Assert.Null(article.Published);
        Assert.Equal("Bộ Y tế tiếp Đại sứ Hàn Quốc", article.Title);
        Assert.Equal(["Minh Châu"], article.Authors);
        Assert.Equal($"{Lead}\n{Paragraph}", article.Text);
    }

    [Fact]
    public void A_date_line_between_paragraphs_does_not_cut_the_article()
    {
        var page = string.Join('\n', "Hàn Quốc hỗ trợ trang thiết bị y tế", Lead, "Ngày 9.11.2010,", "20/05/2016", Paragraph);
        var article = TextDumpExtractor.Extract(page);
        Assert.Equal("Hàn Quốc hỗ trợ trang thiết bị y tế", article.Title);
        Assert.Null(article.Published);
        Assert.EndsWith(Paragraph, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_repeating_the_headline_and_follow_prompts_are_dropped()
    {
        var page = string.Join('\n', "Hàn Quốc: Hỗ trợ trang thiết bị y tế", "Lead ngắn là câu dài hơn tiêu đề một chút để làm lead.", Lead,
            "Theo dõi Baomoi.vn trên", "Hàn Quốc", "Hàn Quốc: Hỗ trợ trang thiết bị y tế", Paragraph);
        var article = TextDumpExtractor.Extract(page);
        Assert.DoesNotContain("Theo dõi", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hàn Quốc: Hỗ trợ", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hàn Quốc\n", article.Text, StringComparison.Ordinal);
        Assert.EndsWith(Paragraph, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Carriage_returns_end_lines_like_line_feeds()
    {
        var article = TextDumpExtractor.Extract($"Hàn Quốc hỗ trợ trang thiết bị y tế\r{Lead}\r\n{Paragraph}");
        Assert.Equal("Hàn Quốc hỗ trợ trang thiết bị y tế", article.Title);
        Assert.Equal($"{Lead}\n{Paragraph}", article.Text);
    }

    [Fact]
    public void Hostile_input_is_bounded_and_does_not_throw()
    {
        var oneHugeLine = new string('a', TextDumpExtractor.MaxChars + 10);
        var manyLines = string.Concat(Enumerable.Repeat("Thứ Hai, ngày 03/06/2024 14:00\nx\n", 200_000));
        var controls = new string(Enumerable.Range(0, 4000).Select(i => (char)(i * 17 % 0xFFFF)).ToArray());
        // Speed on such input is measured in bench/, not here; this asserts the bounds hold and nothing throws.
        foreach (var text in new[] { oneHugeLine, manyLines, controls })
        {
            var article = TextDumpExtractor.Extract(text);
            Assert.IsType<Article>(article);
            Assert.True(article.Text.Length <= text.Length);
        }
    }

    [Fact]
    public void A_headline_ending_in_a_full_stop_still_heads_its_date_line()
    {
        var article = TextDumpExtractor.Extract($"Hàn Quốc hỗ trợ trang thiết bị y tế cho Việt Nam.\n08/10/2024 17:06\n{Lead}\n{Paragraph}");
        Assert.Equal("Hàn Quốc hỗ trợ trang thiết bị y tế cho Việt Nam.", article.Title);
        Assert.Equal("2024-10-08T17:06", article.Published);
        Assert.Equal($"{Lead}\n{Paragraph}", article.Text);
    }

    [Fact]
    public void A_byline_above_the_date_line_is_read_as_the_author()
    {
        var article = TextDumpExtractor.Extract($"Hàn Quốc hỗ trợ trang thiết bị y tế cho Việt Nam\nPhương Hà\n08:00 | 28/11/2021\n{Lead}\n{Paragraph}");
        Assert.Equal("Hàn Quốc hỗ trợ trang thiết bị y tế cho Việt Nam", article.Title);
        Assert.Equal(["Phương Hà"], article.Authors);
        Assert.Equal("2021-11-28T08:00", article.Published);
        Assert.Equal($"{Lead}\n{Paragraph}", article.Text);
    }

    [Fact]
    public void Digits_of_other_scripts_do_not_break_date_reading()
    {
        var article = TextDumpExtractor.Extract("Tiêu đề thử nghiệm của trang\n٠٨/١٠/٢٠٢٤ ١٧:٠٦\n" + Lead);
        Assert.Null(article.Published);
        Assert.Contains(Lead, article.Text, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property]
    public bool Any_text_extracts_to_lines_of_that_text(string? text)
    {
        var article = TextDumpExtractor.Extract(text);
        var source = text ?? string.Empty;
        return article.Text.Split('\n').All(line => line.Length == 0 || source.Contains(line.Split(' ')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_printed_twice_is_still_the_headline_over_a_dated_footer()
    {
        var page = string.Join('\n', "Hàn Quốc hỗ trợ trang thiết bị y tế", "Hàn Quốc hỗ trợ trang thiết bị y tế", Lead, Paragraph,
            "Bệnh viện tỉnh khai trương khoa ung bướu mới với nhiều trang thiết bị hiện đại", "04/06/2024",
            "Bệnh viện tỉnh khai trương khoa ung bướu mới với trang thiết bị hiện đại do nhà tài trợ trong nước trao tặng.");
        var article = TextDumpExtractor.Extract(page);
        Assert.Equal("Hàn Quốc hỗ trợ trang thiết bị y tế", article.Title);
        Assert.Null(article.Published);
        Assert.Equal($"{Lead}\n{Paragraph}", article.Text);
    }
}
