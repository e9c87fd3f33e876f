using HopTac.Web.Rendering;

namespace HopTac.Web.Tests.Rendering;

public sealed class HighlightedTextTests
{
    [Fact]
    public void Overlapping_spans_each_stay_marked()
    {
        var segments = HighlightedText.Split("abcdefghij", [new MarkSpan(2, 4, 0), new MarkSpan(4, 4, 1)]);
        Assert.Equal(["ab", "cd", "ef", "gh", "ij"], segments.Select(s => s.Text));
        Assert.Equal([0], segments[1].Marks);
        Assert.Equal([0, 1], segments[2].Marks);
        Assert.Equal([1], segments[3].Marks);
        Assert.False(segments[4].IsMarked);
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored_or_cut()
    {
        var segments = HighlightedText.Split("abc", [new MarkSpan(-1, 2, 0), new MarkSpan(2, 10, 1), new MarkSpan(9, 1, 2)]);
        Assert.Equal("abc", string.Concat(segments.Select(s => s.Text)));
        Assert.Equal([1], segments[^1].Marks);
    }

    [Fact]
    public void Locate_trusts_the_text_over_a_stale_offset()
    {
        Assert.Equal(4, HighlightedText.Locate("xxx Hai bên ký kết.", "Hai bên", 4));
        Assert.Equal(4, HighlightedText.Locate("xxx Hai bên ký kết.", "Hai bên", 0));
        Assert.Equal(-1, HighlightedText.Locate("xxx", "Hai bên", 0));
    }

    [FsCheck.Xunit.Property]
    public bool Segments_always_rebuild_the_text(string text, int start, int length)
    {
        text ??= string.Empty;
        var segments = HighlightedText.Split(text, [new MarkSpan(start, length, 0)]);
        return string.Concat(segments.Select(s => s.Text)) == text;
    }

    [Fact]
    public void The_chart_encodes_its_labels()
    {
        var svg = TimelineChart.Render([("2024", "<script>"), ("2023", "visit")], "a\"<b>").ToString();
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains(">2023<", svg, StringComparison.Ordinal);
    }
}
