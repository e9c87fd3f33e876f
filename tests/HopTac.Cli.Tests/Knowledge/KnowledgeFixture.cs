using HopTac.Tests.Common;
using System.Globalization;
using HopTac.Core.Pages;
using HopTac.Ingestion;
using HopTac.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace HopTac.Cli.Tests.Knowledge;

/// <summary>Reads pages as the CLI does and dumps a knowledge base canonically (no id numbers) for comparisons.</summary>
internal static class KnowledgeFixture
{
    private sealed class Clock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    }

    public static TimeProvider FixedClock { get; } = new Clock();

    public static async Task<List<PageRecord>> ReadAsync(IEnumerable<string> files)
    {
        var reader = new PageReader(IngestOptions.Default);
        var records = new List<PageRecord>();
        foreach (var file in files)
        {
            var result = await reader.ReadAsync(file, null, TestContext.Current.CancellationToken);
            Assert.True(result is IngestResult.Accepted, $"{file} was not read");
            records.Add(((IngestResult.Accepted)result).Record);
        }

        return records;
    }

    public static Task<SqlitePageStore> OpenAsync(string path) => SqlitePageStore.OpenAsync(path, FixedClock, TestContext.Current.CancellationToken);

    public static async Task SaveAllAsync(string path, IEnumerable<PageRecord> records)
    {
        await using var store = await OpenAsync(path);
        foreach (var record in records)
        {
            await store.SaveAsync(record, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>
    /// A store of the five seeds and every ViMs page (../shared, read at run time) at <paramref name="path"/>, saved in
    /// batches of 200. Read without the CLI's per-page time budget: on a loaded machine a cold start can exceed it and
    /// drop a seed.
    /// </summary>
    public static async Task BuildSeedsAndVimsAsync(string path)
    {
        var seeds = SharedData.Path("corpus", "seeds");
        var vims = SharedData.Path("corpus", "vims");
        var files = Directory.GetFiles(seeds, "*.txt").Concat(Directory.GetFiles(vims, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal);
        var records = await ReadAsync(files);
        await using var writer = await OpenAsync(path);
        foreach (var chunk in records.Chunk(200))
        {
            await writer.SaveBatchAsync(chunk, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>
    /// Every consolidated fact as one line: kind, status, conflict, variants, current fields and its members (source
    /// and mention key, both independent of arrival order), lines sorted. Two stores with equal dumps hold the same
    /// knowledge base up to id numbers.
    /// </summary>
    public static List<string> Dump(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return KnowledgeDump.Lines(connection);
    }

    public static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static List<string> Column(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
