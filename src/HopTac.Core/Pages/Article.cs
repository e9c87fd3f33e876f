namespace HopTac.Core.Pages;

/// <summary>
/// The main article of a page, as the article extractors return it. <see cref="Text"/> holds the lead, paragraphs
/// and captions separated by <c>\n</c>, already normalised; never the headline, dateline or page furniture.
/// <see cref="Published"/> is ISO 8601 at the precision the page shows ("2024-10-08T17:06", "2024-10-08"), or null.
/// </summary>
public sealed record Article(string? Title, string? Published, IReadOnlyList<string> Authors, string Text)
{
    public static Article Empty { get; } = new(null, null, [], string.Empty);
}
