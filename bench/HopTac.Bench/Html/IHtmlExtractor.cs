using HopTac.Core.Pages;

namespace HopTac.Bench.Html;

/// <summary>One main-text extractor under measurement. Implementations may throw; the runner turns that into an error line.</summary>
internal interface IHtmlExtractor
{
    string Name { get; }

    /// <summary>Turns a page's raw bytes (decompressed) into the text the extractor is fed; timed as reading, not extraction.</summary>
    string Decode(byte[] bytes);

    Article Extract(string html, string source);
}
