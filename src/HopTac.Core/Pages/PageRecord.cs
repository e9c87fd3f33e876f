using System.Text.Json.Serialization;
using HopTac.Core.Facts;

namespace HopTac.Core.Pages;

/// <summary>
/// The page record of facts.md: the product's exchange format. <c>extract</c> writes it, the store keeps it, the API
/// returns it. <see cref="Error"/> is set (and everything else empty) only for a page that could not be read.
/// </summary>
public sealed record PageRecord
{
    public required string Source { get; init; }

    public bool Relevant { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<Person> People { get; init; } = [];

    public IReadOnlyList<Organization> Organizations { get; init; } = [];

    public IReadOnlyList<EventFact> Events { get; init; } = [];

    public IReadOnlyList<AgreementFact> Agreements { get; init; } = [];

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<string> Areas { get; init; } = [];

    /// <summary>Extra facts about the reading itself: encoding, kind, content hash. Not part of the scored record.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Encoding { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ContentHash { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    public static PageRecord Failed(string source, string reason) => new() { Source = source, Error = reason };

    public static PageRecord FromArticle(string source, Article article) => new()
    {
        Source = source,
        Title = article.Title,
        Published = article.Published,
        Authors = article.Authors,
        Text = article.Text,
    };
}
