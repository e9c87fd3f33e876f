namespace HopTac.Storage.Facts;

/// <summary>
/// What <see cref="IFactReader.ReadAsync"/> selects. Kinds: fact kind names (event, agreement, figure, person), all
/// when empty. Rejected facts are left out unless <see cref="IncludeRejected"/>. Partner: a state code or bloc that an
/// event or agreement names as actor, or a person's country. Area: a cooperation area of a supporting page. Since:
/// only facts first consolidated after this instant. Pages: only facts one of these pages supports.
/// </summary>
public sealed record FactQuery
{
    public IReadOnlyList<string> Kinds { get; init; } = [];

    public bool IncludeRejected { get; init; }

    public string? Partner { get; init; }

    public string? Area { get; init; }

    public DateTimeOffset? Since { get; init; }

    public IReadOnlyCollection<long>? Pages { get; init; }
}
