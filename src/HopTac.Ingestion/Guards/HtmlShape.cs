namespace HopTac.Ingestion.Guards;

/// <summary>
/// What the HTML parser would build from a page, measured by <see cref="HtmlCost"/> without building it: the deepest
/// stack of open elements, the elements created (clones made by formatting reconstruction included), attributes, the
/// largest list of active formatting elements, and the steps the parser's scope checks and pops take.
/// <see cref="Exceeded"/> names the first bound the page went past; the measure stops there.
/// </summary>
internal readonly record struct HtmlShape(int Depth, int Elements, int MaxTagAttributes, long Attributes, int Formatting, long Work, string? Exceeded);
