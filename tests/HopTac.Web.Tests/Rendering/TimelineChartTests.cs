using System.Globalization;
using System.Text.RegularExpressions;
using HopTac.Web.Rendering;

namespace HopTac.Web.Tests.Rendering;

public sealed partial class TimelineChartTests
{
    [Fact]
    public void Every_type_of_a_short_timeline_gets_a_legend_entry_inside_the_chart()
    {
        var events = new[] { ("2023", "aid"), ("2023", "visit"), ("2024", "signing"), ("2024", "talks"), ("2024", "visit"), ("2025", "call") };

        var svg = TimelineChart.Render(events, "LA").ToString()!;

        var width = int.Parse(SvgWidth().Match(svg).Groups[1].Value, CultureInfo.InvariantCulture);
        var legend = LegendText().Matches(svg).Select(m => (X: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Label: m.Groups[2].Value)).ToList();
        Assert.Equal(["aid", "call", "signing", "talks", "visit"], legend.Select(l => l.Label).Order(StringComparer.Ordinal));
        Assert.All(legend, l => Assert.True(l.X + 60 <= width, $"{l.Label} at x={l.X} is cut off by the chart's width {width}"));
    }

    [Fact]
    public void Type_labels_are_encoded() =>
        Assert.DoesNotContain("<script>", TimelineChart.Render([("2024", "<script>")], "x").ToString()!, StringComparison.Ordinal);

    [GeneratedRegex("<svg [^>]*width=\"(\\d+)\"")]
    private static partial Regex SvgWidth();

    [GeneratedRegex("<text x=\"(\\d+)\" y=\"\\d+\" font-size=\"11\" fill=\"#222\">([^<]+)</text>")]
    private static partial Regex LegendText();
}
