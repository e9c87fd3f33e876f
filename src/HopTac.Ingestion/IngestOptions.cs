namespace HopTac.Ingestion;

/// <summary>Bounds on hostile input. A page past any bound is rejected with a reason, never half-read.</summary>
public sealed record IngestOptions
{
    /// <summary>Largest page accepted, in bytes, after decompression.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Deepest HTML element nesting walked; deeper content is flattened into its ancestor at this depth.</summary>
    public int MaxDomDepth { get; init; } = 256;

    /// <summary>Deepest element nesting an HTML page may have at all; deeper pages are rejected before parsing.</summary>
    public int MaxHtmlNesting { get; init; } = 4096;

    /// <summary>Publication date to use where a page shows none, ISO 8601 (the CLI's <c>--published</c>).</summary>
    public string? DefaultPublished { get; init; }

    /// <summary>Whether to extract facts (people, figures, events...) after the article; off for text-only work.</summary>
    public bool ExtractFacts { get; init; } = true;

    /// <summary>Pages read at once in a batch; defaults to the number of cores.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public static IngestOptions Default { get; } = new();
}
