namespace HopTac.Bench.Html;

/// <summary>A neutral page address for extractors that want one; the same for every extractor so none is favoured.</summary>
internal static class PlaceholderUri
{
    public static string For(string source) => "https://page.invalid/" + Uri.EscapeDataString(source);
}
