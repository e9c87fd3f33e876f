using HopTac.Core.Text;
using HopTac.Storage.Search;

namespace HopTac.Storage.Tests.Search;

public sealed class SnippetBuilderTests
{
    private const string Lead = "Chiều 8/10, Bộ trưởng Bộ Ngoại giao đã tiếp Đại sứ Nhật Bản tại Hà Nội. ";

    [Fact]
    public void The_window_is_cut_around_the_matches_from_the_original_text()
    {
        var filler = string.Concat(Enumerable.Repeat("Các đại biểu thảo luận nhiều nội dung khác nhau. ", 20));
        var text = filler + "Hai bên nhất trí đẩy mạnh hợp tác đào tạo nhân lực y tế. " + filler;

        var snippet = SnippetBuilder.Build(text, SearchTerms.Parse("dao tao nhan luc"));

        Assert.Contains(snippet.Text, text, StringComparison.Ordinal);
        Assert.True(snippet.Text.Length <= SnippetBuilder.DefaultWindow + 30);
        Assert.Equal(["đào", "tạo", "nhân", "lực"], snippet.Highlights.Select(s => snippet.Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void The_densest_cluster_of_different_words_wins()
    {
        var filler = string.Concat(Enumerable.Repeat("Nội dung không liên quan được nhắc lại ở đây. ", 12));
        var text = "Vắc xin được nhắc ở đầu bài. " + filler + "Nhật Bản tặng vắc xin cho Việt Nam. " + filler;

        var snippet = SnippetBuilder.Build(text, SearchTerms.Parse("vắc xin Nhật Bản"));

        Assert.Contains("Nhật Bản tặng vắc xin", snippet.Text, StringComparison.Ordinal);
        Assert.Equal(4, snippet.Highlights.Count);
    }

    [Fact]
    public void Without_a_match_in_the_text_the_snippet_is_the_beginning()
    {
        var snippet = SnippetBuilder.Build(Lead, SearchTerms.Parse("không có"));

        Assert.StartsWith("Chiều 8/10", snippet.Text, StringComparison.Ordinal);
        Assert.Empty(snippet.Highlights);
    }

    [Fact]
    public void A_phrase_highlights_only_where_its_words_follow_each_other()
    {
        var snippet = SnippetBuilder.Build("Bộ Y tế và bộ phận y tế cơ sở.", SearchTerms.Parse("\"bo y te\""));

        Assert.Equal([new TextSpan(0, 2), new TextSpan(3, 1), new TextSpan(5, 2)], snippet.Highlights);
    }

    [Fact]
    public void Empty_text_gives_an_empty_snippet()
    {
        Assert.Equal(string.Empty, SnippetBuilder.Build(null, SearchTerms.Parse("y te")).Text);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Every_highlight_lies_inside_the_snippet_and_folds_to_a_query_word(string? text, string? query)
    {
        var terms = SearchTerms.Parse(query);
        var snippet = SnippetBuilder.Build(text, terms);
        var words = terms.Words;
        var previousEnd = 0;
        foreach (var span in snippet.Highlights)
        {
            if (span.Start < previousEnd || span.End > snippet.Text.Length)
            {
                return false;
            }

            if (!words.Contains(VietnameseText.Fold(snippet.Text.Substring(span.Start, span.Length))))
            {
                return false;
            }

            previousEnd = span.End;
        }

        return true;
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool A_word_taken_from_the_text_is_highlighted(string? text, int pick)
    {
        var folded = VietnameseText.Fold(text);
        var spans = FoldedTokens.Spans(folded);
        if (spans.Count == 0)
        {
            return true;
        }

        var chosen = spans[(int)((uint)pick % (uint)spans.Count)];
        var word = folded.Substring(chosen.Start, chosen.Length);
        var snippet = SnippetBuilder.Build(text, SearchTerms.Parse(word));

        return snippet.Highlights.Count > 0
            && snippet.Highlights.All(s => string.Equals(VietnameseText.Fold(snippet.Text.Substring(s.Start, s.Length)), word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_space_before_punctuation_is_dropped_and_the_highlights_stay_on_their_words()
    {
        const string text = "Hai bên ký kết hợp tác về y tế . Đoàn ( gồm 12 người ) thăm Bệnh viện Bạch Mai , Hà Nội .";

        var snippet = SnippetBuilder.Build(text, SearchTerms.Parse("y tế Bạch Mai"));

        Assert.Equal("Hai bên ký kết hợp tác về y tế. Đoàn (gồm 12 người) thăm Bệnh viện Bạch Mai, Hà Nội.", snippet.Text);
        Assert.Equal(["y", "tế", "Bạch", "Mai"], snippet.Highlights.Select(s => snippet.Text.Substring(s.Start, s.Length)));
    }
}
