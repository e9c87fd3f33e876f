using HopTac.Core.Pages;
using HopTac.Ingestion;
using HopTac.Ingestion.Articles.Html;
using HopTac.Ingestion.Decoding;

namespace HopTac.Bench.Html;

/// <summary>The product's own extractor, fed exactly as ingestion feeds it: decoded and normalised by <see cref="TextDecoder"/>.</summary>
internal sealed class HopTacHtmlExtractor(IngestOptions options) : IHtmlExtractor
{
    public string Name => "hoptac";

    public string Decode(byte[] bytes) => TextDecoder.Decode(bytes, "utf-8").Text?.Text ?? string.Empty;

    public Article Extract(string html, string source) => HtmlArticleExtractor.Extract(html, options);
}
