using FsCheck.Xunit;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.Sentences;

public sealed class SentenceSplitterTests
{
    private static string[] Texts(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Text)];

    [Fact]
    public void Split_keeps_city_abbreviations_initials_and_numbers_inside_one_sentence()
    {
        const string text = "Đoàn công tác tới TP.HCM ngày 12/9. Tổng thống V. Putin tiếp 1.000 khách, tăng 4,7%. PGS.TS. Nguyễn Văn An phát biểu.";
        Assert.Equal(
            ["Đoàn công tác tới TP.HCM ngày 12/9.", "Tổng thống V. Putin tiếp 1.000 khách, tăng 4,7%.", "PGS.TS. Nguyễn Văn An phát biểu."],
            Texts(text));
    }

    [Fact]
    public void Split_ends_a_sentence_after_a_closing_quote_and_before_an_opening_one()
    {
        const string text = "Bộ trưởng nói: “Hợp tác rất hiệu quả.” Sau đó hai bên ký kết. \"Chúng tôi sẵn sàng\", ông nói.";
        Assert.Equal(
            ["Bộ trưởng nói: “Hợp tác rất hiệu quả.”", "Sau đó hai bên ký kết.", "\"Chúng tôi sẵn sàng\", ông nói."],
            Texts(text));
    }

    [Fact]
    public void Split_ends_a_sentence_after_a_city_or_a_letter_that_is_not_a_name()
    {
        const string text = "Đây là động lực cho TP. Theo đó, nhiệt độ lên 30 độ C. Hôm nay trời nắng ở châu Á. Đoàn tới TP. HCM rồi TP. Hồ Chí Minh.";
        Assert.Equal(
            ["Đây là động lực cho TP.", "Theo đó, nhiệt độ lên 30 độ C.", "Hôm nay trời nắng ở châu Á.", "Đoàn tới TP. HCM rồi TP. Hồ Chí Minh."],
            Texts(text));
    }

    [Fact]
    public void Split_treats_every_line_as_at_least_one_sentence()
    {
        const string text = "Lễ ký kết Bản ghi nhớ (Ảnh: Minh Anh)\n- Trao đổi chuyên gia\n- Đào tạo nhân lực\n\nHai bên nhất trí";
        Assert.Equal(["Lễ ký kết Bản ghi nhớ (Ảnh: Minh Anh)", "- Trao đổi chuyên gia", "- Đào tạo nhân lực", "Hai bên nhất trí"], Texts(text));
    }

    [Fact]
    public void Split_ends_a_sentence_at_an_ellipsis_before_a_capital()
    {
        const string text = "Hai bên hợp tác về vaccine, thuốc, thiết bị… Bộ Y tế hoan nghênh. Còn nhiều việc... Tiếp theo là đào tạo.";
        Assert.Equal(
            ["Hai bên hợp tác về vaccine, thuốc, thiết bị…", "Bộ Y tế hoan nghênh.", "Còn nhiều việc...", "Tiếp theo là đào tạo."],
            Texts(text));
    }

    [Fact]
    public void Split_keeps_a_numbered_list_item_whole()
    {
        Assert.Equal(["1. Tăng cường hợp tác y tế.", "2. Trao đổi đoàn."], Texts("1. Tăng cường hợp tác y tế.\n2. Trao đổi đoàn."));
    }

    [Fact]
    public void Split_gives_offsets_into_the_page_text()
    {
        const string text = "  Ngày 12/9, hai bên hội đàm.  Bộ trưởng phát biểu.\n\n  Ảnh: Moh  ";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length)));
        Assert.Equal(text.IndexOf("Bộ", StringComparison.Ordinal), sentences[1].Start);
    }

    [Fact]
    public void Split_of_empty_or_blank_text_is_empty()
    {
        Assert.Empty(SentenceSplitter.Split(string.Empty));
        Assert.Empty(SentenceSplitter.Split(" \n\t \n"));
    }

    private static readonly string[] Pieces =
    [
        "Hai bên", " ", ".", "!", "?", "…", "...", "“", "”", "\"", "\n", "TP.HCM", "V.", "1.000", "4,7", "Bộ", "ký",
        "(", ")", "PGS.TS.", "1.", "a", "Ê", "\t", "  ",
    ];

    [Property(MaxTest = 1000)]
    public bool Sentences_are_ordered_non_overlapping_trimmed_and_point_into_the_text(int[]? picks)
    {
        var text = string.Concat((picks ?? []).Take(80).Select(p => Pieces[(int)((uint)p % (uint)Pieces.Length)]));
        var previousEnd = 0;
        foreach (var s in SentenceSplitter.Split(text))
        {
            if (s.Start < previousEnd || s.Text.Length == 0 || text.Substring(s.Start, s.Text.Length) != s.Text
                || char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]))
            {
                return false;
            }

            previousEnd = s.End;
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Random_text_splits_without_losing_any_letter(string? text)
    {
        var input = text ?? string.Empty;
        var kept = string.Concat(SentenceSplitter.Split(input).Select(s => s.Text)).Count(c => !char.IsWhiteSpace(c));
        return kept == input.Count(c => !char.IsWhiteSpace(c));
    }
}
