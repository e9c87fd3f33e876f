using HopTac.Storage.Search;

namespace HopTac.Storage.Tests.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void Loose_words_become_one_folded_phrase_each()
    {
        var terms = SearchTerms.Parse("Hợp tác  Y tế");

        Assert.Equal("\"hop\" \"tac\" \"y\" \"te\"", terms.ToFts5());
    }

    [Fact]
    public void Quoted_text_is_one_phrase()
    {
        var terms = SearchTerms.Parse("\"Bộ Y tế\" Đà Nẵng");

        Assert.Equal("\"bo y te\" \"da\" \"nang\"", terms.ToFts5());
    }

    [Fact]
    public void An_unbalanced_quote_runs_to_the_end()
    {
        Assert.Equal("\"vac\" \"xin cho tre em\"", SearchTerms.Parse("vắc \"xin cho trẻ em").ToFts5());
    }

    [Fact]
    public void Hyphenated_words_stay_together_as_a_phrase()
    {
        Assert.Equal("\"covid 19\"", SearchTerms.Parse("Covid-19").ToFts5());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("* - ^ ( ) : + ,")]
    [InlineData(null)]
    public void Input_without_words_is_empty(string? text)
    {
        Assert.True(SearchTerms.Parse(text).IsEmpty);
    }

    [Fact]
    public void Repeated_words_are_kept_once_and_the_count_is_bounded()
    {
        Assert.Single(SearchTerms.Parse("tế tế te TẾ").Phrases);
        var many = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}"));
        Assert.Equal(SearchTerms.MaxPhrases, SearchTerms.Parse(many).Phrases.Count);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool The_fts_expression_holds_only_quoted_word_phrases(string? text)
    {
        var fts = SearchTerms.Parse(text).ToFts5();
        var inQuotes = false;
        foreach (var c in fts)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c != ' ')
            {
                return false;
            }
            else if (inQuotes && c != ' ' && !FoldedTokens.IsTokenChar(c))
            {
                return false;
            }
        }

        return !inQuotes;
    }
}
