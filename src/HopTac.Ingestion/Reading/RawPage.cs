using HopTac.Core.Pages;

namespace HopTac.Ingestion.Reading;

/// <summary>A page's bytes as read (after any .gz layer), with where it came from and how to read it.</summary>
public sealed record RawPage(string Source, byte[] Bytes, PageKind Kind)
{
    /// <summary>The publication date that came with the page (a JSON Lines member), used when the page states none.</summary>
    public string? Published { get; init; }

    /// <summary>The charset its transport declared (an HTTP Content-Type, a WARC record's), which beats the page's own meta.</summary>
    public string? Charset { get; init; }
}
