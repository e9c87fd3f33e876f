using HopTac.Storage;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary>What an ingest did, page by page counted: read, new, new versions, unchanged, rejected (with reasons), skipped; printed as tables.</summary>
internal sealed class IngestSummary
{
    public int Read { get; set; }

    public int New { get; private set; }

    public int NewVersions { get; private set; }

    public int Unchanged { get; private set; }

    public int Skipped { get; set; }

    public List<(string Source, string Reason)> Rejected { get; } = [];

    public void Count(SaveOutcome outcome)
    {
        switch (outcome)
        {
            case SaveOutcome.New: New++; break;
            case SaveOutcome.NewVersion: NewVersions++; break;
            case SaveOutcome.Unchanged: Unchanged++; break;
            default: throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a stored outcome");
        }
    }

    /// <summary>Counts what became of a queued run's jobs (ingest --workers on PostgreSQL).</summary>
    public void Add(HopTac.Storage.Postgres.Jobs.JobsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Read += (int)report.Jobs;
        New += (int)report.New;
        NewVersions += (int)report.NewVersions;
        Unchanged += (int)report.Unchanged;
        Rejected.AddRange(report.Rejected);
    }

    public void Render(IAnsiConsole console)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var table = new Table().AddColumn("read").AddColumn("new").AddColumn("new versions").AddColumn("unchanged").AddColumn("rejected").AddColumn("skipped");
        table.AddRow(Read.ToString(inv), New.ToString(inv), NewVersions.ToString(inv), Unchanged.ToString(inv), Rejected.Count.ToString(inv), Skipped.ToString(inv));
        console.Write(table);
        if (Rejected.Count == 0)
        {
            return;
        }

        var reasons = new Table().AddColumn("rejected page").AddColumn("reason");
        foreach (var (source, reason) in Rejected.Take(50))
        {
            reasons.AddRow(Markup.Escape(source), Markup.Escape(reason));
        }

        console.Write(reasons);
        if (Rejected.Count > 50)
        {
            console.WriteLine($"… and {Rejected.Count - 50} more (see standard error).");
        }
    }
}
