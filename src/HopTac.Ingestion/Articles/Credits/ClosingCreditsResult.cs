namespace HopTac.Ingestion.Articles.Credits;

/// <summary>The lines that are closing credits (indices, ascending) and the persons they name, in order.</summary>
internal sealed record ClosingCreditsResult(IReadOnlyList<int> Removed, IReadOnlyList<string> Persons);
