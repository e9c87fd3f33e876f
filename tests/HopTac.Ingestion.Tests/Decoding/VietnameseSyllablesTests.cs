using HopTac.Ingestion.Decoding;

namespace HopTac.Ingestion.Tests.Decoding;

public sealed class VietnameseSyllablesTests
{
    [Theory]
    [InlineData("nghiêng")]
    [InlineData("Người")]
    [InlineData("quyết")]
    [InlineData("gì")]
    [InlineData("giường")]
    [InlineData("khuya")]
    [InlineData("ĐOÀN")]
    [InlineData("thuở")]
    [InlineData("xoong")]
    [InlineData("ký")]
    [InlineData("y")]
    [InlineData("hoà")]
    [InlineData("hòa")]
    public void Well_formed_syllables_are_valid(string word) => Assert.True(VietnameseSyllables.IsValid(word), word);

    [Theory]
    [InlineData("ViÖt")] // TCVN3 read as Windows-1252
    [InlineData("Viá»‡t")] // UTF-8 read as Windows-1252
    [InlineData("Vieät")] // VNI read as Windows-1252
    [InlineData("tiêp")] // closed by p without acute or dot below
    [InlineData("hòat")]
    [InlineData("ké")] // k only before front vowels: fine; "kó" is not
    [InlineData("kó")]
    [InlineData("ngi")]
    [InlineData("ghá")]
    [InlineData("ăa")]
    [InlineData("tiến̉")]
    [InlineData("café")]
    [InlineData("quyyyết")]
    [InlineData("")]
    public void Malformed_or_foreign_words_are_not(string word)
    {
        var expected = word == "ké";
        Assert.Equal(expected, VietnameseSyllables.IsValid(word));
    }

    [Fact]
    public void A_word_with_two_tones_is_not_a_syllable() => Assert.False(VietnameseSyllables.IsValid("hóà"));

    [Fact]
    public void Score_counts_only_words_with_letters()
    {
        var score = VietnameseSyllables.Score("Năm 2024, Việt Nam có 5 ViÖt!");

        Assert.Equal(new SyllableScore(5, 4, 4), score); // năm, Việt, Nam, có are all common
        Assert.Equal(0.8, score.Share, 3);
    }

    [Fact]
    public void An_empty_text_scores_zero() => Assert.Equal(0, VietnameseSyllables.Score("").Share);
}
