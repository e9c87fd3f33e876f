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

    public static string Date(string? date, bool conflict, IReadOnlyList<string> variants) =>
        Markup.Escape(date ?? "?") + (conflict ? $" [yellow](also {Markup.Escape(string.Join(", ", variants.Where(v => v != date)))})[/]" : "");
}
