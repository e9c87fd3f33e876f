using System.CommandLine;
using System.Globalization;
using HopTac.Storage.Knowledge;

namespace HopTac.Cli;

/// <summary>
/// Page and fact ids as arguments, checked when the command line is read so that a mistyped id gets a sentence
/// saying what an id looks like (exit 1), not a parser's "expected type 'System.Int64'".
/// </summary>
internal static class CliIds
{
    public const string FactHelp = "a fact id is a kind letter and a number: E12 (event), A3 (agreement), F7 (figure), P5 (person)";
    public const string PageHelp = "a page id is a number, as search, export and ingest --verbose show it (e.g. 12)";

    public static Argument<string> Fact(string name = "fact", string description = "A fact id: E12 (event), A3 (agreement), F7 (figure), P5 (person).")
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } id && !FactIds.TryParse(id, out _, out _))
            {
                result.AddError($"'{Shown(id)}' is not a fact id: {FactHelp}.");
            }
        });
        return argument;
    }

    public static Argument<string> Page()
    {
        var argument = new Argument<string>("id") { Description = "The page id (from ingest --verbose, search or export)." };
        argument.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } id && TryPage(id) is null)
            {
                result.AddError($"'{Shown(id)}' is not a page id: {PageHelp}.");
            }
        });
        return argument;
    }

    /// <summary>A page id as typed ("12", "#12"); null for anything else.</summary>
    public static long? TryPage(string? text)
    {
        var t = text?.Trim().TrimStart('#');
        return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }

    /// <summary>A fact id in its shown form (e12 → E12).</summary>
    public static string Normal(string id) => FactIds.TryParse(id, out var kind, out var number) ? FactIds.Format(kind, number) : id;

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
