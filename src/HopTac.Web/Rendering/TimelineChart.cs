using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace HopTac.Web.Rendering;

/// <summary>
/// A server-side SVG bar chart of events per year, stacked by event type: no script, no external library, only
/// presentation attributes (the CSP forbids inline styles). Every label is HTML-encoded.
/// </summary>
internal static class TimelineChart
{
    private static readonly string[] Palette = ["#2b6cb0", "#c05621", "#2f855a", "#b83280", "#6b46c1", "#b7791f", "#319795", "#718096", "#9b2c2c"];

    /// <summary>Renders the chart for (year, type) pairs; "unknown" years are left out of the axis. Empty input gives empty content. Types are shown through <paramref name="typeLabel"/> (the UI's words for them).</summary>
    public static IHtmlContent Render(IEnumerable<(string Year, string Type)> events, string title, Func<string, string>? typeLabel = null)
    {
        typeLabel ??= static type => type;
        var byYear = events
            .Where(e => e.Year.Length == 4 && e.Year.All(char.IsAsciiDigit))
            .GroupBy(e => e.Year, StringComparer.Ordinal)
            .ToDictionary(g => int.Parse(g.Key, CultureInfo.InvariantCulture), g => g.GroupBy(e => e.Type, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Count(), StringComparer.Ordinal));
        if (byYear.Count == 0)
        {
            return HtmlString.Empty;
        }

        var first = byYear.Keys.Min();
        var last = byYear.Keys.Max();
        if (last - first > 60)
        {
            first = last - 60;
        }

        var types = byYear.Values.SelectMany(d => d.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var max = Math.Max(1, byYear.Values.Max(d => d.Values.Sum()));
        const int Height = 180, Top = 20, Left = 36, BarGap = 6;
        var years = last - first + 1;
        var barWidth = Math.Clamp(600 / years, 8, 48);
        var width = Left + (years * (barWidth + BarGap)) + 20;
        var legendY = Top + Height + 40;
        // Three legend entries a row: the narrowest chart (420 px) holds three 130 px entries after the axis labels.
        var totalHeight = legendY + (((types.Count + 2) / 3) * 18) + 10;
        var inv = CultureInfo.InvariantCulture;

        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"{Math.Max(width, 420)}\" height=\"{totalHeight}\" viewBox=\"0 0 {Math.Max(width, 420)} {totalHeight}\">");
        svg.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        svg.Append(inv, $"<line x1=\"{Left}\" y1=\"{Top + Height}\" x2=\"{width}\" y2=\"{Top + Height}\" stroke=\"#888\"/>");
        svg.Append(inv, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\" font-size=\"11\" fill=\"#444\">{max}</text>");
        svg.Append(inv, $"<text x=\"{Left - 6}\" y=\"{Top + Height}\" text-anchor=\"end\" font-size=\"11\" fill=\"#444\">0</text>");
        for (var year = first; year <= last; year++)
        {
            var x = Left + ((year - first) * (barWidth + BarGap));
            var y = (double)(Top + Height);
            if (byYear.TryGetValue(year, out var counts))
            {
                foreach (var type in types)
                {
                    if (!counts.TryGetValue(type, out var count))
                    {
                        continue;
                    }

                    var h = (double)count / max * Height;
                    y -= h;
                    svg.Append(inv, $"<rect x=\"{x}\" y=\"{y:0.##}\" width=\"{barWidth}\" height=\"{h:0.##}\" fill=\"{Color(types, type)}\"><title>{year} · {WebUtility.HtmlEncode(typeLabel(type))}: {count}</title></rect>");
                }

                svg.Append(inv, $"<text x=\"{x + (barWidth / 2)}\" y=\"{y - 4:0.##}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#222\">{counts.Values.Sum()}</text>");
            }

            if (years <= 20 || (year - first) % 5 == 0)
            {
                svg.Append(inv, $"<text x=\"{x + (barWidth / 2)}\" y=\"{Top + Height + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">{year}</text>");
            }
        }

        for (var i = 0; i < types.Count; i++)
        {
            var lx = Left + ((i % 3) * 130);
            var ly = legendY + ((i / 3) * 18);
            svg.Append(inv, $"<rect x=\"{lx}\" y=\"{ly - 10}\" width=\"12\" height=\"12\" fill=\"{Color(types, types[i])}\"/>");
            svg.Append(inv, $"<text x=\"{lx + 16}\" y=\"{ly}\" font-size=\"11\" fill=\"#222\">{WebUtility.HtmlEncode(typeLabel(types[i]))}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Color(List<string> types, string type) => Palette[Math.Max(0, types.IndexOf(type)) % Palette.Length];
}
