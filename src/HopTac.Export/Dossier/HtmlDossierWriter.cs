using System.Globalization;
using System.Net;
using Markdig;

namespace HopTac.Export.Dossier;

/// <summary>
/// Writes a dossier as one self-contained HTML page (the Markdown rendered by Markdig, with print styles): what a
/// browser shows, and what Chromium prints to PDF. Raw HTML in the Markdown is only the writer's own reference anchors;
/// page text reaches Markdig escaped.
/// </summary>
public static class HtmlDossierWriter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private const string Style = """
        body { font-family: "Noto Serif", "DejaVu Serif", serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #111; }
        h1 { font-size: 1.6rem; border-bottom: 2px solid #333; padding-bottom: .3rem; }
        h2 { font-size: 1.2rem; margin-top: 1.6rem; border-bottom: 1px solid #bbb; }
        h3 { font-size: 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        th, td { border: 1px solid #999; padding: .25rem .4rem; vertical-align: top; text-align: left; }
        th { background: #eee; }
        a { color: #114; text-decoration: none; }
        blockquote { margin: .2rem 0 .6rem 1rem; color: #333; font-style: italic; }
        ol { padding-left: 1.6rem; }
        @page { size: A4; margin: 16mm; }
        @media print { body { margin: 0; max-width: none; } }
        """;

    /// <summary>
    /// The CSP source that allows the page's one style element ('sha256-…'): a server that forbids inline styles
    /// (HopTac's does) lets this one through by its hash and nothing else.
    /// </summary>
    public static string StyleSource { get; } =
        "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Style))) + "'";

    public static string Write(DossierDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var markdown = MarkdownDossierWriter.Write(dossier);
        var body = Markdown.ToHtml(markdown, Pipeline);
        var labels = DossierLabels.For(dossier.Request.English);
        var title = WebUtility.HtmlEncode(string.Format(CultureInfo.InvariantCulture, labels.Title, dossier.Request.Partner));
        return $"""
            <!DOCTYPE html>
            <html lang="{(dossier.Request.English ? "en" : "vi")}">
            <head>
            <meta charset="utf-8">
            <title>{title}</title>
            <style>{Style}</style>
            </head>
            <body>
            {body}
            </body>
            </html>
            """;
    }
}
