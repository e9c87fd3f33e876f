using System.Text.Json;
using System.Text.RegularExpressions;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary>
/// <c>hoptac partner RU</c> over the five seeds and all ViMs pages (read from ../shared at run time) lists only people
/// who act for Russia (issue 13): "Nga" is both Russia and a common Vietnamese given name, so a Vietnamese woman
/// named Nga on a fraud-trial page once landed on Russia's page. Every listed person carries RU, and none has a
/// Vietnamese name (a Vietnamese family name first, or Vietnamese letters), which no Russian official has.
/// </summary>
public sealed partial class PartnerPeopleGoldTests : IDisposable
{
    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_RU_partner_over_the_seeds_and_vims_lists_only_people_who_act_for_russia()
    {
        var db = Path.Combine(_dir, "ru.db");
        await KnowledgeFixture.BuildSeedsAndVimsAsync(db);

        var run = await CliRunner.RunAsync(["partner", "RU", "--db", db, "-f", "json"]);
        Assert.True(run.Exit == 0, run.Err);
        using var doc = JsonDocument.Parse(run.Out);
        var people = doc.RootElement.GetProperty("people").EnumerateArray()
            .Select(p => (Name: p.GetProperty("name").GetString()!, Country: p.GetProperty("country").GetString()))
            .ToList();
        var listing = string.Join("\n", people.Select(p => $"{p.Name} ({p.Country})"));

        Assert.NotEmpty(people);
        Assert.Contains(people, p => p.Name.Contains("Putin", StringComparison.Ordinal));
        Assert.All(people, p => Assert.True(p.Country == "RU", listing));
        Assert.All(people, p => Assert.False(VietnameseName().IsMatch(p.Name), listing));
    }

    // Letters only Vietnamese writes (Russian names are written in Latin letters without them), or one of the family
    // names more than nine in ten Vietnamese carry written without marks.
    [GeneratedRegex(@"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|^(?:Le|Pham|Tran|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly) ", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseName();
}
