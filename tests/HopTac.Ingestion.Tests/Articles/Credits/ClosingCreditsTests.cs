using HopTac.Ingestion.Articles.Credits;
using HopTac.Ingestion.Articles.TextDumps;

namespace HopTac.Ingestion.Tests.Articles.Credits;

public sealed class ClosingCreditsTests
{
    private const string Lead = "Ngày 5/6, tại Hà Nội, Bộ trưởng Bộ Y tế đã tiếp Đại sứ Hàn Quốc và trao đổi về hợp tác đào tạo bác sĩ nội trú.";
    private const string Paragraph = "Hai bên nhất trí thúc đẩy trao đổi chuyên gia, chuyển giao kỹ thuật ghép tạng và hợp tác nghiên cứu lâm sàng.";
    private const string Caption = "Bộ trưởng Bộ Y tế tiếp Đại sứ Hàn Quốc tại Hà Nội chiều 5/6 - Ảnh: VIỆT DŨNG";

    [Fact]
    public void A_byline_before_the_captions_goes_to_authors_and_leaves_the_text()
    {
        var article = TextDumpExtractor.Extract($"Hợp tác đào tạo y khoa với Hàn Quốc\n\n{Lead}\n\n{Paragraph}\n{Paragraph}\nMinh Châu - Đức Anh\n\n{Caption}");
        Assert.Equal(["Minh Châu", "Đức Anh"], article.Authors);
        Assert.DoesNotContain("Minh Châu", article.Text, StringComparison.Ordinal);
        Assert.Contains(Caption, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agency_line_leaves_the_text_and_names_no_author()
    {
        var article = TextDumpExtractor.Extract($"Hợp tác đào tạo y khoa với Hàn Quốc\n\n{Lead}\n\n{Paragraph}\n{Paragraph}\nTheo TTXVN\n\n{Caption}");
        Assert.Empty(article.Authors);
        Assert.DoesNotContain("TTXVN", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byline_above_an_agency_line_is_read_through_it()
    {
        var article = TextDumpExtractor.Extract($"Hợp tác đào tạo y khoa với Hàn Quốc\n\n{Lead}\n\n{Paragraph}\nThu Hà\n\nTheo chinhphu.vn");
        Assert.Equal(["Thu Hà"], article.Authors);
        Assert.Equal($"{Lead}\n{Paragraph}", article.Text);
    }

    [Fact]
    public void A_caption_naming_a_person_is_not_a_byline_and_stays_in_the_text()
    {
        var article = TextDumpExtractor.Extract($"Hợp tác đào tạo y khoa với Hàn Quốc\n\n{Lead}\n\n{Paragraph}\n{Paragraph}\nAnh Ngọc\n\n\nLê Văn Tâm.");
        Assert.Equal(["Anh Ngọc"], article.Authors);
        Assert.EndsWith("Lê Văn Tâm.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_inside_the_paragraphs_is_not_taken_for_a_byline()
    {
        string[] lines = [Lead, "Thu Hà", Paragraph, Paragraph];
        var found = ClosingCredits.Find(lines, [true, true, true, true]);
        Assert.Empty(found.Removed);
        Assert.Empty(found.Persons);
    }

    [Fact]
    public void A_photo_credit_closing_the_article_is_removed_but_is_no_author()
    {
        string[] lines = [Lead, Paragraph, "Ảnh: VIỆT DŨNG"];
        var found = ClosingCredits.Find(lines, [true, true, true]);
        Assert.Equal([2], found.Removed);
        Assert.Empty(found.Persons);
    }

    [Fact]
    public void A_byline_then_a_video_credit_in_its_own_group_are_both_removed_once()
    {
        var article = TextDumpExtractor.Extract($"Hợp tác đào tạo y khoa với Hàn Quốc\n\n{Lead}\n\n{Paragraph}\n{Paragraph}\nAnh Ngọc (Theo SCMP)\n\n\nVideo: Reuters");
        Assert.Equal(["Anh Ngọc"], article.Authors);
        Assert.Equal($"{Lead}\n{Paragraph}\n{Paragraph}", article.Text);
    }
}
