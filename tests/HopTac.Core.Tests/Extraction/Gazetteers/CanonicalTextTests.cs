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
}
