namespace HopTac.Core.Knowledge;

/// <summary>
/// Whether two mentions from different pages report one real-world fact, as a score: 0 means "not the same", higher
/// means stronger evidence that they are. Symmetric, and never positive for two mentions of the same source (a page
/// reports each event once). Date disagreements that still allow a merge are reported by the summaries, not here.
/// </summary>
public static class FactMatcher
{
    public static double Events(EventMention a, EventMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.Source, b.Source, StringComparison.Ordinal)
            || !string.Equals(a.Fact.Type, b.Fact.Type, StringComparison.Ordinal)
            || !string.Equals(a.Fact.Date, b.Fact.Date, StringComparison.Ordinal)
            || a.Fact.Date is null)
        {
            return 0;
        }

        return a.Fact.Actors.Any(x => !string.Equals(x, "VN", StringComparison.Ordinal) && b.Fact.Actors.Contains(x)) ? 1 : 0;
    }

    public static double Agreements(AgreementMention a, AgreementMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.Source, b.Source, StringComparison.Ordinal)
            || !string.Equals(a.Fact.Type, b.Fact.Type, StringComparison.Ordinal))
        {
            return 0;
        }

        return PersonIdentity.Key(a.Fact.Title) == PersonIdentity.Key(b.Fact.Title) ? 1 : 0;
    }

    /// <summary>Figures are compared only within one story (pages that share a consolidated event or agreement).</summary>
    public static double Figures(FigureMention a, FigureMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return !string.Equals(a.Source, b.Source, StringComparison.Ordinal)
            && string.Equals(a.Fact.Unit, b.Fact.Unit, StringComparison.Ordinal)
            && a.Fact.Value == b.Fact.Value ? 1 : 0;
    }

    public static double People(PersonMention a, PersonMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return PersonIdentity.Compatible(a.Fact.Name, b.Fact.Name) ? 1 : 0;
    }
}
