using HopTac.Core.Pages;

namespace HopTac.Ingestion;

/// <summary>The outcome of reading one page: a record, or a one-sentence reason it was rejected. Never an exception.</summary>
public abstract record IngestResult(string Source)
{
    public sealed record Accepted(PageRecord Record) : IngestResult(Record.Source);

    public sealed record Rejected(string RejectedSource, string Reason) : IngestResult(RejectedSource);

    public PageRecord ToRecord() => this switch
    {
        Accepted a => a.Record,
        Rejected r => PageRecord.Failed(r.Source, r.Reason),
        _ => throw new InvalidOperationException("unknown result"),
    };
}
