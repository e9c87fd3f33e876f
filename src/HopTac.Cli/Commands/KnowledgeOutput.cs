using System.Globalization;
using HopTac.Core.Extraction.Dates;
using HopTac.Storage.Knowledge;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary>Shared pieces of the knowledge-base commands: one JSON object per run, table cells, evidence lines.</summary>
internal static class KnowledgeOutput
{
    private const int EvidenceWidth = 160;

    public static void Json<T>(CliConsole console, T value) => console.Out.WriteLine(KnowledgeJson.Serialize(value));

    public static string Cell(string? value) => Markup.Escape(value ?? "");

    public static string List(IReadOnlyList<string> values) => Markup.Escape(string.Join(", ", values));

    /// <summary>Each source as "#page source: evidence", the evidence cut to one readable line.</summary>
    public static string Sources(IReadOnlyList<FactSource> sources, int max = 5)
    {
        var lines = sources.Take(max).Select(s =>
        {
            var evidence = s.Evidence.Replace('\n', ' ');
            evidence = evidence.Length > EvidenceWidth ? evidence[..EvidenceWidth] + "…" : evidence;
            return $"[dim]#{s.Page} {Markup.Escape(s.Source)}[/] {Markup.Escape(evidence)}";
        }).ToList();
        if (sources.Count > max)
        {
            lines.Add($"[dim]… {sources.Count - max} more[/]");
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// A date as a person reads it, in the UI's language (Vietnamese under a vi culture, else English): "25 May, year
    /// unknown", never "--05-25"; an inferred year names its page; conflicting variants follow.
    /// </summary>
    public static string Date(string? date, bool conflict, IReadOnlyList<string> variants, string? yearFrom)
    {
        var vietnamese = DateWording.IsVietnamese(CultureInfo.CurrentUICulture);
        var text = date is null ? (vietnamese ? "chưa rõ ngày" : "date not known") : DateWording.Write(date, vietnamese, yearFrom);
        var others = variants.Where(v => v != date).Select(v => DateWording.Write(v, vietnamese)).ToList();
        return Markup.Escape(text) + (conflict && others.Count > 0 ? $" [yellow]({(vietnamese ? "còn ghi" : "also")} {Markup.Escape(string.Join("; ", others))})[/]" : "");
    }
}
