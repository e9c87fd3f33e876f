namespace HopTac.Web.Rendering;

/// <summary>A run of page text and the marks (indexes into the caller's list of spans) that cover it; empty when plain.</summary>
internal sealed record TextSegment(string Text, IReadOnlyList<int> Marks)
{
    public bool IsMarked => Marks.Count > 0;
}

/// <summary>A span to highlight in a text: where it starts, how long, and the caller's index for it.</summary>
internal readonly record struct MarkSpan(int Start, int Length, int Index);

/// <summary>
/// Cuts a text into runs at every span boundary, so overlapping evidence sentences each stay visible. The runs are
/// plain strings: the view encodes them, so no markup in scraped text can reach the page as markup.
/// </summary>
internal static class HighlightedText
{
    /// <summary>Most spans considered; more on one page is not something a reader can use.</summary>
    public const int MaxSpans = 2000;

    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<MarkSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var valid = spans
            .Where(s => s.Start >= 0 && s.Length > 0 && s.Start < text.Length)
            .Select(s => s with { Length = Math.Min(s.Length, text.Length - s.Start) })
            .Take(MaxSpans)
            .ToList();
        if (valid.Count == 0)
        {
            return text.Length == 0 ? [] : [new TextSegment(text, [])];
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var span in valid)
        {
            cuts.Add(span.Start);
            cuts.Add(span.Start + span.Length);
        }

        var segments = new List<TextSegment>(cuts.Count);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var start = previous;
                var end = cut;
                var marks = valid.Where(s => s.Start <= start && s.Start + s.Length >= end).Select(s => s.Index).Distinct().ToList();
                segments.Add(new TextSegment(text[start..end], marks));
            }

            previous = cut;
        }

        return segments;
    }

    /// <summary>
    /// Where an evidence sentence sits in the text: at its recorded start when the text there matches, else its
    /// first occurrence, else nowhere (-1). Recorded offsets of an older extraction may be off; the text decides.
    /// </summary>
    public static int Locate(string text, string? evidence, int recordedStart)
    {
        if (string.IsNullOrEmpty(evidence) || evidence.Length > text.Length)
        {
            return -1;
        }

        if (recordedStart >= 0 && recordedStart + evidence.Length <= text.Length
            && string.CompareOrdinal(text, recordedStart, evidence, 0, evidence.Length) == 0)
        {
            return recordedStart;
        }

        return text.IndexOf(evidence, StringComparison.Ordinal);
    }
}
