namespace HopTac.Cli.Workers;

/// <summary>What one worker did: pages it stored (new, new versions, found unchanged), pages it rejected, claims it made.</summary>
internal sealed class WorkerTally
{
    public int New { get; set; }

    public int NewVersions { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    public int Claims { get; set; }

    public int Pages => New + NewVersions + Unchanged + Rejected;
}
