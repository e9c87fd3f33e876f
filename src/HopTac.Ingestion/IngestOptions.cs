namespace HopTac.Ingestion;

/// <summary>
/// Bounds on hostile input, all in one place. A page past any bound is rejected with a reason, never half-read, and the
/// batch goes on. The HTML bounds are measured on the markup before parsing (<c>Guards/HtmlCost</c>) and hold the
/// parser's time and memory per page: with them, no page measured in docs/reliability.md takes more than a few seconds
/// or a few hundred MB, and the per-page time budget covers the rest.
/// </summary>
public sealed record IngestOptions
{
    /// <summary>Largest page accepted, in bytes, after decompression.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Deepest HTML element nesting walked; deeper content is flattened into its ancestor at this depth.</summary>
    public int MaxDomDepth { get; init; } = 256;

    /// <summary>Deepest element nesting an HTML page may have at all; deeper pages are rejected before parsing.</summary>
    public int MaxHtmlNesting { get; init; } = 4096;

    /// <summary>Most elements the HTML parser may create for a page (implied and reconstructed ones included): its memory.</summary>
    public int MaxHtmlElements { get; init; } = 200_000;

    /// <summary>Most attributes on one tag: the parser checks each new one against the others (quadratic per tag).</summary>
    public int MaxHtmlTagAttributes { get; init; } = 1_000;

    /// <summary>Most attributes on a page, after the prefilter has dropped the ones no reader looks at.</summary>
    public long MaxHtmlAttributes { get; init; } = 1_000_000;

    /// <summary>
    /// Most formatting elements (b, i, font …) open at once or waiting to be reopened: the parser reopens every one of
    /// them in each new block, so a page that leaves thousands open costs thousands of elements per paragraph.
    /// </summary>
    public int MaxHtmlFormatting { get; init; } = 256;

    /// <summary>Most steps the parser's scope checks and pops may take on a page (a deep stack rescanned on every tag).</summary>
    public long MaxHtmlParserWork { get; init; } = 30_000_000;

    /// <summary>
    /// CPU time one page may take from its bytes to its record (wall time: <see cref="Guards.PageBudget.WallFactor"/>
    /// times it). Past it the page is rejected with a reason and the batch moves on; the stages stop at their next check
    /// of the cancellation token.
    /// </summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How a folder walk treats symbolic links: followed once (not a link found through a link), or never.</summary>
    public SymlinkPolicy Symlinks { get; init; } = SymlinkPolicy.FollowOnce;

    /// <summary>
    /// Mojibake bar: a page that reads as Vietnamese UTF-8 with at least this share of valid syllables, but with 2-12% of
    /// its characters invalid, is corrupted and rejected; a detected legacy decoding with Vietnamese letters but fewer
    /// than two thirds of this share of syllables is rejected as mixed or broken encodings.
    /// </summary>
    public double MinVietnameseSyllableShare { get; init; } = 0.6;

    /// <summary>Publication date to use where a page shows none, ISO 8601 (the CLI's <c>--published</c>).</summary>
    public string? DefaultPublished { get; init; }

    /// <summary>Whether to extract facts (people, figures, events...) after the article; off for text-only work.</summary>
    public bool ExtractFacts { get; init; } = true;

    /// <summary>Pages read at once in a batch; defaults to the number of cores.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public static IngestOptions Default { get; } = new();
}
