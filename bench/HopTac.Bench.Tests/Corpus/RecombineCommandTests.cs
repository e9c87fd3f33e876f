using HopTac.Bench.Corpus;
using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Storage;
using HopTac.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace HopTac.Bench.Tests.Corpus;

/// <summary>The search benchmark's store generator: new pages whose facts still point at their evidence.</summary>
public sealed class RecombineCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hoptac-recombine-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Every_recombined_fact_points_at_its_evidence_in_the_new_text_and_pages_are_searchable()
    {
        var source = Path.Combine(folder, "source.db");
        await using (var store = await SqlitePageStore.OpenAsync(source, TimeProvider.System, Ct))
        {
            for (var n = 0; n < 6; n++)
            {
                await store.SaveAsync(Page(n), Ct);
            }
        }

        var target = Path.Combine(folder, "target.db");
        var output = new StringWriter();
        Assert.Equal(0, await RecombineCommand.RunAsync([source, target, "40", "--keep", "1", "--seed", "3"], output, TextWriter.Null));

        var records = new List<PageRecord>();
        await using (var connection = new SqliteConnection($"Data Source={target}"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT record_json FROM pages WHERE is_current = 1";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                records.Add(PageRecordJson.Deserialize(reader.GetString(0))!);
            }
        }

        Assert.Equal(40, records.Count);
        var facts = records.SelectMany(r =>
            r.People.Select(p => (r.Text, p.Evidence, p.EvidenceStart))
                .Concat(r.Events.Select(e => (r.Text, e.Evidence, e.EvidenceStart)))
                .Concat(r.Figures.Select(f => (r.Text, f.Evidence, f.EvidenceStart)))).ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal(f.Evidence, f.Text.Substring(f.EvidenceStart, f.Evidence.Length)));
        // A person is listed once per page however many of its paragraphs name them.
        Assert.All(records, r => Assert.Equal(r.People.Count, r.People.Select(p => p.Name).Distinct().Count()));
        // No paragraph is a headline: the headline of the source page is the new page's title, not its text.
        Assert.All(records, r => Assert.DoesNotContain("Tin thứ", r.Text, StringComparison.Ordinal));

        await using var generated = await SqlitePageStore.OpenAsync(target, TimeProvider.System, Ct);
        Assert.NotEmpty((await generated.SearchAsync(new SearchQuery("hop tac"), Ct)).Hits);
    }

    [Fact]
    public async Task A_run_stopped_part_way_and_resumed_stores_what_one_uninterrupted_run_stores()
    {
        var source = Path.Combine(folder, "source.db");
        await using (var store = await SqlitePageStore.OpenAsync(source, TimeProvider.System, Ct))
        {
            for (var n = 0; n < 6; n++)
            {
                await store.SaveAsync(Page(n), Ct);
            }
        }

        var (resumed, whole) = (Path.Combine(folder, "resumed.db"), Path.Combine(folder, "whole.db"));
        Assert.Equal(0, await RecombineCommand.RunAsync([source, resumed, "15", "--keep", "1"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, await RecombineCommand.RunAsync([source, resumed, "30", "--keep", "1"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, await RecombineCommand.RunAsync([source, whole, "30", "--keep", "1"], TextWriter.Null, TextWriter.Null));
        var pages = await ReadAsync(whole);
        Assert.Equal(30, pages.Count);
        Assert.Equal(pages, await ReadAsync(resumed));
    }

    private static async Task<List<string>> ReadAsync(string path)
    {
        var rows = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT s.source, p.published, p.text FROM pages p JOIN sources s ON s.id = p.source_id ORDER BY s.source";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetString(2)}");
        }

        return rows;
    }

    private static PageRecord Page(int n)
    {
        var first = $"Bộ trưởng Nguyễn Văn An{n} tiếp Đại sứ Lào tại Hà Nội.";
        var second = $"Hai bên nhất trí đẩy mạnh hợp tác giáo dục, Việt Nam hỗ trợ {n + 1} triệu USD.";
        var third = "Đoàn sẽ thăm các tỉnh miền Trung vào tuần sau.";
        var title = $"Tin thứ {n}";
        // A text dump's first line is its headline.
        var text = $"{title}\n{first}\n{second}\n{third}";
        return new PageRecord
        {
            Source = $"tin/{n}.txt",
            Title = title,
            Relevant = true,
            Published = "2024-04-10",
            Text = text,
            People = [new Person($"Nguyễn Văn An{n}", "Bộ trưởng", "VN", first, title.Length + 1)],
            Events = [new EventFact("meeting", "2024-04-10", ["VN", "LA"], [$"Nguyễn Văn An{n}"], "Hà Nội", first, title.Length + 1)],
            Figures = [new Figure((n + 1) * 1_000_000m, "USD", null, $"{n + 1} triệu USD", second, title.Length + first.Length + 2)],
            Areas = ["education_training"],
        };
    }
}
