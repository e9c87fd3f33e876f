using System.CommandLine;
using System.Text;
using HopTac.Export.Dossier;

namespace HopTac.Cli.Commands;

/// <summary>
/// <c>hoptac dossier RU [--from] [--to] [--area] [--curated-only] --format md|html|pdf|docx [-o FILE] [--lang en]</c>:
/// a briefing on one partner, every line citing its sources (see docs/dossier.md).
/// </summary>
internal static class DossierCommand
{
    public static Command Create(CliConsole console, CommonOptions common)
    {
        var code = new Argument<string>("code") { Description = "A state code (RU, LA) or a bloc (ASEAN)." };
        var from = common.DateFilter("--from", "Only facts that may fall on or after this date (2021, 2021-09).");
        var to = common.DateFilter("--to", "Only facts that may fall on or before this date.");
        var area = common.AreaFilter("Only facts of pages about this area (health, education_training).");
        var curated = new Option<bool>("--curated-only") { Description = "Only facts a curator accepted or edited." };
        var format = common.Format("md (Markdown), html, pdf (printed by Chromium), docx (Word); pdf and docx need -o.", "md", "html", "pdf", "docx");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var lang = new Option<string>("--lang") { Description = "vi (default) or en.", DefaultValueFactory = _ => "vi" };
        lang.AcceptOnlyFromAmong("vi", "en");
        var command = new Command("dossier", "A briefing on one partner: summary, timeline, agreements, figures, officials met, open items, all cited.")
        {
            code, from, to, area, curated, format, output, lang, common.Db,
        };
        command.SetAction(async (parse, ct) =>
        {
            var kind = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            if (kind is "pdf" or "docx" && path is null)
            {
                console.Fail($"--format {kind} needs --output FILE");
                return ExitCodes.Usage;
            }

            return await StoreCommand.RunAsync(console, parse.GetValue(common.Db)!, async store =>
            {
                var request = new DossierRequest(parse.GetValue(code)!.Trim().ToUpperInvariant())
                {
                    From = parse.GetValue(from),
                    To = parse.GetValue(to),
                    Area = parse.GetValue(area),
                    CuratedOnly = parse.GetValue(curated),
                    English = parse.GetValue(lang) == "en",
                };
                var dossier = await new DossierBuilder(store.Knowledge, TimeProvider.System).BuildAsync(request, ct).ConfigureAwait(false);
                switch (kind)
                {
                    case "docx":
                        var file = File.Create(path!);
                        await using (file.ConfigureAwait(false))
                        {
                            DocxDossierWriter.Write(dossier, file);
                        }

                        break;
                    case "pdf":
                        var failure = await ChromiumPdfPrinter.PrintAsync(HtmlDossierWriter.Write(dossier), path!, null, TimeSpan.FromMinutes(2), ct).ConfigureAwait(false);
                        if (failure is not null)
                        {
                            console.Fail(failure);
                            return ExitCodes.StorageFailure;
                        }

                        break;
                    default:
                        var text = kind == "html" ? HtmlDossierWriter.Write(dossier) : MarkdownDossierWriter.Write(dossier);
                        if (path is null)
                        {
                            await console.Out.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
                        }
                        else
                        {
                            await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), ct).ConfigureAwait(false);
                        }

                        break;
                }

                if (path is not null)
                {
                    await console.Error.WriteLineAsync(
                        $"hoptac: wrote the {request.Partner} dossier ({dossier.Timeline.Count + dossier.OpenItems.Count + dossier.YearNotKnown.Count} events and agreements, {dossier.References.Count} references) to {path}").ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }
}
