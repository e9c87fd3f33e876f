using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HopTac.Core.Pages;
using HopTac.Storage;
using Spectre.Console;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac search QUERY</c>: full-text search with or without diacritics, ranked, with snippets.</summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var query = new Argument<string[]>("query") { Description = "Words to find (diacritics optional); \"quoted phrase\" for a phrase.", Arity = ArgumentArity.OneOrMore };
        var from = common.DateFilter("--from", "Only pages published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).");
        var to = common.DateFilter("--to", "Only pages published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).");
        var limit = new Option<int>("--limit", "-n") { Description = "Most results to show (1 to 1000).", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                result.AddError($"--limit must be between 1 and 1000, not {result.GetValueOrDefault<int>()}.");
            }
        });
        var format = common.Format("Output: a table for people, json for scripts.", "table", "json");
        var command = new Command("search", "Search the stored pages (bm25 ranking, highlighted snippets).") { query, from, to, limit, format, common.Db };
        command.SetAction(async (parse, ct) =>
        {
            var q = new SearchQuery(string.Join(' ', parse.GetValue(query)!), parse.GetValue(from), parse.GetValue(to), Math.Clamp(parse.GetValue(limit), 1, 1000));
            return await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
            {
                var hits = await store.SearchAsync(q, ct).ConfigureAwait(false);
                if (parse.GetValue(format) == "json")
                {
                    WriteJson(console.Out, hits);
                }
                else
                {
                    WriteTable(console.Tables, hits);
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, SearchResults hits)
    {
        if (hits.Count == 0)
        {
            console.WriteLine("No pages match.");
            return;
        }

        var table = new Table().AddColumn("id").AddColumn("published").AddColumn("title / snippet");
        foreach (var hit in hits)
        {
            var title = Markup.Escape(hit.Title ?? hit.Source);
            table.AddRow(
                new Markup(hit.PageId.ToString(CultureInfo.InvariantCulture)),
                new Markup(Markup.Escape(hit.Published ?? "")),
                new Markup($"[bold]{title}[/]\n{Highlight(hit.Snippet, s => $"[black on yellow]{Markup.Escape(s)}[/]", Markup.Escape)}"));
        }

        console.Write(table);
        var total = hits.Total.ToString("N0", CultureInfo.InvariantCulture);
        console.WriteLine(hits.TotalIsExact ? $"{hits.Count} of {total} matching pages." : $"{hits.Count} of at least {total} matching pages.");
    }

    /// <summary>Renders a snippet with its highlighted spans wrapped by <paramref name="mark"/>.</summary>
    internal static string Highlight(Snippet snippet, Func<string, string> mark, Func<string, string> plain)
    {
        var builder = new StringBuilder();
        var position = 0;
        // Paragraph breaks become spaces so a snippet reads as one line; spans keep their offsets.
        snippet = snippet with { Text = snippet.Text.Replace('\n', ' ') };
        foreach (var span in snippet.Highlights.OrderBy(h => h.Start))
        {
            if (span.Start < position || span.End > snippet.Text.Length)
            {
                continue;
            }

            builder.Append(plain(snippet.Text[position..span.Start]));
            builder.Append(mark(snippet.Text.Substring(span.Start, span.Length)));
            position = span.End;
        }

        builder.Append(plain(snippet.Text[position..]));
        return builder.ToString();
    }

    private static void WriteJson(TextWriter output, SearchResults hits)
    {
        var results = hits.Select(h => new
        {
            id = h.PageId,
            source = h.Source,
            title = h.Title,
            published = h.Published,
            snippet = Highlight(h.Snippet, s => $"[{s}]", s => s),
            highlights = h.Snippet.Highlights.Select(s => new[] { s.Start, s.Length }),
            snippet_text = h.Snippet.Text,
            rank = h.Rank,
        });
        output.WriteLine(JsonSerializer.Serialize(new { total = hits.Total, total_is_exact = hits.TotalIsExact, results }, PageRecordJson.Options));
    }
}
