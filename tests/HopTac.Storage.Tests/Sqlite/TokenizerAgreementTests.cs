using HopTac.Core.Text;
using HopTac.Storage.Search;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>Our word splitting must agree with FTS5 unicode61, or highlights and matches drift apart.</summary>
public sealed class TokenizerAgreementTests
{
    [Theory]
    [InlineData("giá trị x² tăng", "x²")]
    [InlineData("chương Ⅻ của luật", "Ⅻ")]
    [InlineData("ký hiệu \uE000abc riêng", "\uE000abc")]
    [InlineData("dấu \u0301rời trong câu", "\u0301rời")]
    [InlineData("tiếng Lào ສະບາຍດີ và tiếng Thái", "ສະບາຍດີ")]
    [InlineData("chữ Hán 合作 trong bài", "合作")]
    [InlineData("mã số A-12_b ở đây", "12")]
    public async Task A_word_we_split_out_is_a_word_fts5_finds(string text, string word)
    {
        await using var temp = await TempStore.CreateAsync();
        var saved = await temp.Store.SaveAsync(Pages.Flood() with { Text = text }, TestContext.Current.CancellationToken);

        var hits = await temp.Store.SearchAsync(new SearchQuery($"\"{word}\""), TestContext.Current.CancellationToken);

        var hit = Assert.Single(hits);
        Assert.Equal(saved.PageId, hit.PageId);
        Assert.Contains(hit.Snippet.Highlights, s => string.Equals(VietnameseText.Fold(hit.Snippet.Text.Substring(s.Start, s.Length)), VietnameseText.Fold(word), StringComparison.Ordinal));
        Assert.Contains(VietnameseText.Fold(word), FoldedTokens.Words(text));
    }
}
