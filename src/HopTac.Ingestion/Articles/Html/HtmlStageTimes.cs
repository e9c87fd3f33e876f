using System.Diagnostics;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Where one page's extraction time went, stage by stage, in <see cref="Stopwatch"/> ticks: cutting the markup down
/// (<see cref="Prefilter"/>), the nesting guard, AngleSharp's parse, the metadata reader and the content scorer and
/// writer. For benchmarks; the extractor's result is the same with or without timing.
/// </summary>
public readonly record struct HtmlStageTimes(long Prefilter, long Guard, long Parse, long Metadata, long Content)
{
    /// <summary>The stage names in field order, for tables.</summary>
    public static IReadOnlyList<string> Names { get; } = ["prefilter", "guard", "parse", "metadata", "content"];

    /// <summary>The stages in field order.</summary>
    public IReadOnlyList<long> Ticks => [Prefilter, Guard, Parse, Metadata, Content];

    /// <summary>
    /// How many characters the parser was given. With <see cref="ParserInputTags"/> it measures the prefilter's cut
    /// without a clock: the parse costs by tags more than by characters, and a shared machine makes times noisy.
    /// </summary>
    public int ParserInputChars { get; init; }

    /// <summary>How many '&lt;' the parser was given (tags, roughly); 0 when the page was refused before parsing.</summary>
    public int ParserInputTags { get; init; }
}
