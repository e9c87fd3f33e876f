using HopTac.Core.Extraction.Gazetteers;

namespace HopTac.Core.Tests.Extraction.Gazetteers;

public sealed class CanonicalTextTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thoả", "thỏa")]
    [InlineData("Thuỵ", "thụy")]
    [InlineData("HOÀ", "hòa")]
    public void Key_ignores_case_and_old_or_new_tone_placement(string a, string b)
        => Assert.Equal(CanonicalText.Key(a), CanonicalText.Key(b));

    [Theory]
    [InlineData("hồ", "hổ")]
    [InlineData("ho", "hồ")]
    [InlineData("đa", "da")]
    [InlineData("mơ", "mở")]
    public void Key_keeps_letters_and_tones_that_change_the_word(string a, string b)
        => Assert.NotEqual(CanonicalText.Key(a), CanonicalText.Key(b));

    [FsCheck.Xunit.Property]
    public bool Key_is_idempotent_on_lower_case_words(string? word)
    {
        var key = CanonicalText.Key(word ?? string.Empty);
        return string.Equals(CanonicalText.Key(word ?? string.Empty), key, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property]
    public bool Tokenize_never_throws_and_keeps_offsets_in_range(string? text)
    {
        var s = text ?? string.Empty;
        return Tokenizer.Tokenize(s).All(t => t.Start >= 0 && t.End <= s.Length && string.Equals(s.Substring(t.Start, t.Text.Length), t.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void HasVietnameseLetters_answers_for_every_character_as_its_decomposition_does()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var word = ((char)i).ToString();
            Assert.Equal(Decomposed(word), Outcome(() => CanonicalText.HasVietnameseLetters(word)));
        }
    }

    [Theory]
    [InlineData("Nguyễn")]
    [InlineData("Trump")]
    [InlineData("Đà")]
    [InlineData("José")]
    [InlineData("Phượng")]
    [InlineData("Ho\u0323")]
    [InlineData("a\\uD800b")]
    [InlineData("x\\uFFFE")]
    [InlineData("😀Hà")]
    public void HasVietnameseLetters_answers_for_words_as_their_decomposition_does(string escaped)
    {
        var word = System.Text.RegularExpressions.Regex.Unescape(escaped);
        Assert.Equal(Decomposed(word), Outcome(() => CanonicalText.HasVietnameseLetters(word)));
    }

    [Fact]
    public void Tokenize_gives_the_same_tokens_for_a_text_read_again_an_equal_copy_or_after_other_texts()
    {
        string[] texts = ["Bộ trưởng Ngoại giao Nga Sergei Lavrov.", "Hà Nội, ngày 5/6", "Việt - Nga", "ASEAN-Nga", "ông Kim Jong-un"];
        var first = texts.Select(t => Tokenizer.Tokenize(t).ToList()).ToList();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                Assert.Equal(first[i], Tokenizer.Tokenize(texts[i]));
                Assert.Equal(first[i], Tokenizer.Tokenize(new string(texts[i].ToCharArray())));
            }
        }
    }

    // The rule as written before the per-character table: decompose the word, look for the Vietnamese marks and đ.
    private static string Decomposed(string word) => Outcome(() =>
        word.Normalize(System.Text.NormalizationForm.FormD).Any(c => c is 'đ' or 'Đ' or '\u031B' or '\u0306' or '\u0309' or '\u0323'));

    private static string Outcome(Func<bool> answer)
    {
        try
        {
            return answer() ? "yes" : "no";
        }
        catch (ArgumentException)
        {
            return "throws";
        }
    }
}
