using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Export.Dossier;
using HopTac.Storage.Knowledge;
using HopTac.Tests.Common;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary>
/// <c>hoptac dossier RU</c> over the five seeds and all ViMs pages: every Russian event and agreement of the seeds'
/// gold (read from ../shared/gold/dev at run time) is in the dossier with a reference to its seed page whose evidence
/// sentence is a sentence of that page. A gold item matches a consolidated fact as the scorer matches them: same type
/// (any listed alternative), RU among the actors, dates compatible where both give one (a yearless date is compared
/// by month and day). Items the gold marks optional are not required.
/// </summary>
public sealed class DossierGoldTests : IDisposable
{
    private readonly string _dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_RU_dossier_over_the_seeds_and_vims_cites_every_russian_event_and_agreement_of_the_gold_with_its_evidence()
    {
        var seeds = SharedData.Path("corpus", "seeds");
        var db = Path.Combine(_dir, "ru.db");
        await KnowledgeFixture.BuildSeedsAndVimsAsync(db);

        var md = Path.Combine(_dir, "ru.md");
        var run = await CliRunner.RunAsync(["dossier", "RU", "--format", "md", "-o", md, "--db", db]);
        Assert.True(run.Exit == 0, run.Err);
        var text = await File.ReadAllTextAsync(md, TestContext.Current.CancellationToken);
        // The Markdown backslash-escapes punctuation of page text; the sentences are compared without the escapes.
        var unescaped = text.Replace("\\", string.Empty, StringComparison.Ordinal);

        await using var store = await KnowledgeFixture.OpenAsync(db);
        var timeline = await store.Knowledge.GetTimelineAsync(new TimelineQuery("RU"), TestContext.Current.CancellationToken);
        var dossier = await new DossierBuilder(store.Knowledge, TimeProvider.System).BuildAsync(new DossierRequest("RU"), TestContext.Current.CancellationToken);
        var cited = dossier.Timeline.Concat(dossier.OpenItems).Concat(dossier.YearNotKnown).Select(l => (l.FactId, l.References))
            .Concat(dossier.Agreements.Select(a => (a.FactId, a.References)))
            .ToDictionary(x => x.FactId, x => x.References, StringComparer.Ordinal);
        var references = dossier.References.ToDictionary(r => r.Number);

        var missing = new List<string>();
        var checkedItems = 0;
        foreach (var file in Directory.GetFiles(SharedData.Path("gold", "dev"), "*.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
            var source = gold.RootElement.GetProperty("source").GetString()!;
            var pageText = await File.ReadAllTextAsync(Path.Combine(seeds, source), TestContext.Current.CancellationToken);
            var facts = new List<(string Kind, JsonElement Item)>();
            facts.AddRange(gold.RootElement.GetProperty("events").EnumerateArray().Select(e => ("event", e)));
            facts.AddRange(gold.RootElement.GetProperty("agreements").EnumerateArray().Select(a => ("agreement", a)));
            foreach (var (kind, item) in facts)
            {
                if (!Actors(item).Contains("RU") || (item.TryGetProperty("optional", out var optional) && optional.GetBoolean()))
                {
                    continue;
                }

                checkedItems++;
                var types = Types(item);
                var date = item.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                IEnumerable<(string Id, string Type, string? Date, IReadOnlyList<FactSource> Sources)> candidates = kind == "event"
                    ? timeline.Events.Select(e => (e.Id, e.Type, e.Date, e.Sources))
                    : timeline.Agreements.Select(a => (a.Id, a.Type, a.Date, a.Sources));
                var found = candidates.Where(c => types.Contains(c.Type)
                        && (date is null || c.Date is null && kind == "agreement" || PartialDate.Compatible(c.Date, date))
                        && c.Sources.Any(s => s.Source.EndsWith("/" + source, StringComparison.Ordinal)))
                    .Any(c => cited.TryGetValue(c.Id, out var numbers) && numbers.Any(n =>
                    {
                        var r = references[n];
                        return r.Source.EndsWith("/" + source, StringComparison.Ordinal) && r.Evidence.Length > 0
                            && pageText.Contains(r.Evidence, StringComparison.Ordinal)
                            && unescaped.Contains(r.Evidence, StringComparison.Ordinal);
                    }));
                if (!found)
                {
                    missing.Add($"{source} {kind} {string.Join('|', types)} {date}");
                }
            }
        }

        Assert.True(checkedItems >= 20, $"only {checkedItems} Russian gold items were read");
        Assert.True(missing.Count == 0, "not cited with evidence:\n" + string.Join('\n', missing));
    }

    private static List<string> Actors(JsonElement item) =>
        item.TryGetProperty("actors", out var actors) ? actors.EnumerateArray().Select(a => a.GetString()!).ToList() : [];

    private static List<string> Types(JsonElement item)
    {
        var type = item.GetProperty("type");
        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
    }
}
