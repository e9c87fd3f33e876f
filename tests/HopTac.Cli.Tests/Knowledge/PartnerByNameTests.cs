using System.Text.Json;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary>`timeline` and `partner` take a partner's name in Vietnamese or English, not only its ISO code.</summary>
public sealed class PartnerByNameTests : IDisposable
{
    // Composed for this test in the style of Vietnamese news: talks with Belarus, a visit from Russia.
    private const string Belarus = """
        Việt Nam và Belarus thúc đẩy hợp tác y tế

        Thứ Hai, ngày 21/10/2024 09:00

        Sáng ngày 20/10/2024, tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan đã hội đàm với Bộ trưởng Bộ Y tế Belarus Dmitry Pinevich về hợp tác đào tạo bác sĩ.
        """;

    private const string Russia = """
        Bộ trưởng Ngoại giao Nga thăm chính thức Việt Nam

        Thứ Tư, ngày 06/07/2022 08:00

        Ngày 5/7/2022, Bộ trưởng Ngoại giao Liên bang Nga Sergei Lavrov đã hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn tại Hà Nội.
        """;

    private readonly string dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private async Task<string> StoreAsync()
    {
        CliRunner.Write(dir, "pages/belarus.txt", Belarus);
        CliRunner.Write(dir, "pages/nga.txt", Russia);
        var db = Path.Combine(dir, "store.db");
        var ingest = await CliRunner.RunAsync(["ingest", Path.Combine(dir, "pages"), "--db", db]);
        Assert.Equal(0, ingest.Exit);
        return db;
    }

    [Fact]
    public async Task Timeline_Belarus_and_partner_Nga_resolve_the_names_to_their_codes()
    {
        var db = await StoreAsync();

        var belarus = await CliRunner.RunAsync(["timeline", "Belarus", "--db", db, "--format", "json"]);
        var nga = await CliRunner.RunAsync(["partner", "Nga", "--db", db]);
        var lbNga = await CliRunner.RunAsync(["timeline", "LB Nga", "--db", db]);

        Assert.Equal(0, belarus.Exit);
        using (var doc = JsonDocument.Parse(belarus.Out))
        {
            Assert.Equal("BY", doc.RootElement.GetProperty("partner").GetString());
            Assert.NotEmpty(doc.RootElement.GetProperty("events").EnumerateArray());
        }

        Assert.Equal(0, nga.Exit);
        Assert.Contains("Russia (RU)", nga.Out, StringComparison.Ordinal);
        Assert.Equal(0, lbNga.Exit);
        Assert.Contains("Events with Russia (RU)", lbNga.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_that_names_no_partner_is_refused_with_the_closest_names()
    {
        var db = await StoreAsync();

        var typo = await CliRunner.RunAsync(["timeline", "Belaru", "--db", db]);

        Assert.Equal(2, typo.Exit);
        Assert.Contains("Belarus (BY)", typo.Err, StringComparison.Ordinal);
    }
}
