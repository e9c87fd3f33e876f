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
}
