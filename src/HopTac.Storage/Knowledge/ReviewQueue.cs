namespace HopTac.Storage.Knowledge;

// The review queue's request and answer (issue 16): facts no curator has decided on yet, the best supported first.

/// <summary>
/// A page of the review queue. Kind narrows it to one kind of fact (e, a, f, p or its name: event, agreement,
/// figure, person); Offset and Limit page through it (Limit 1 to <see cref="MaxLimit"/>).
/// </summary>
public sealed record ReviewQuery(string? Kind = null, int Offset = 0, int Limit = 50)
{
    public const int MaxLimit = 500;

    /// <summary>The kind code (e, a, f, p) the query names; null for every kind; false when it names none.</summary>
    public static bool TryKind(string? kind, out char? code)
    {
        code = kind?.Trim().ToLowerInvariant() switch
        {
            null or "" or "all" => null,
            "e" or "event" or "events" => 'e',
            "a" or "agreement" or "agreements" => 'a',
            "f" or "figure" or "figures" => 'f',
            "p" or "person" or "people" => 'p',
            _ => '?',
        };
        return code != '?';
    }
}

/// <summary>
/// One fact waiting for review: its current values, how many distinct pages support it, the latest of their dates,
/// whether the pages disagree, and one supporting sentence (with its page) to judge it by.
/// </summary>
public sealed record ReviewItem(
    string Id,
    string Kind,
    IReadOnlyDictionary<string, string?> Fields,
    int Pages,
    string? Latest,
    bool Conflict,
    long Page,
    string Source,
    string Evidence)
{
    /// <summary>A one-line name for the fact: an event's type and date, an agreement's title, a figure's text, a person's name.</summary>
    public string Label => Kind switch
    {
        FactIds.Event => $"{Fields.GetValueOrDefault("type")} {Fields.GetValueOrDefault("date")} {Fields.GetValueOrDefault("actors")}".Trim(),
        FactIds.Agreement => Fields.GetValueOrDefault("title") ?? string.Empty,
        FactIds.Figure => Fields.GetValueOrDefault("text") ?? string.Empty,
        _ => Fields.GetValueOrDefault("name") ?? string.Empty,
    };
}

/// <summary>
/// The queue: Total facts not yet reviewed (of the kind asked), and this page of them, ordered by supporting pages
/// (most first), then by the latest supporting page's date (newest first), then by id (newest first).
/// </summary>
public sealed record ReviewQueuePage(int Total, int Offset, IReadOnlyList<ReviewItem> Items);
