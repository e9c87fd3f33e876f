using HopTac.Core.Pages;

namespace HopTac.Storage.Postgres.Jobs;

/// <summary>
/// One page to ingest, as enqueued: its source name, kind and bytes (after any .gz layer), with the publication date
/// and charset that came with it. <see cref="Id"/> is 0 until the queue stores it; <see cref="Attempts"/> counts the
/// claims, this one included.
/// </summary>
public sealed record IngestJob(long Id, string Source, PageKind Kind, byte[] Content)
{
    public string? Published { get; init; }

    public string? Charset { get; init; }

    public int Attempts { get; init; }
}
