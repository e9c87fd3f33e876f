namespace HopTac.Core.Knowledge;

/// <summary>Summarises a group of mentions (from <see cref="Clusterer"/>) into one consolidated fact. Deterministic.</summary>
public static class Summarizer
{
    public static EventSummary Event(IReadOnlyList<EventMention> members)
    {
        Require(members);
        var first = members[0].Fact;
        var dates = Variants(members.Select(m => m.Fact.Date));
        return new EventSummary(
            first.Type,
            dates.FirstOrDefault(),
            dates,
            dates.Count > 1,
            Distinct(members.SelectMany(m => m.Fact.Actors)),
            Distinct(members.SelectMany(m => m.Fact.Participants)),
            members.Select(m => m.Fact.Place).FirstOrDefault(p => p is not null));
    }

    public static AgreementSummary Agreement(IReadOnlyList<AgreementMention> members)
    {
        Require(members);
        var first = members[0].Fact;
        var dates = Variants(members.Select(m => m.Fact.Date));
        return new AgreementSummary(
            first.Type,
            first.Title,
            dates.FirstOrDefault(),
            members.Select(m => m.Fact.Period).FirstOrDefault(p => p is not null),
            dates,
            dates.Count > 1,
            Distinct(members.SelectMany(m => m.Fact.Actors)));
    }

    public static FigureSummary Figure(IReadOnlyList<FigureMention> members)
    {
        Require(members);
        var first = members[0].Fact;
        var values = members.Select(m => m.Fact.Value).Distinct().Order().ToList();
        return new FigureSummary(first.Value, first.Unit, first.Per, first.Text, values, values.Count > 1);
    }

    public static PersonSummary Person(IReadOnlyList<PersonMention> members)
    {
        Require(members);
        var name = members.Select(m => m.Fact.Name).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
        var offices = members.Where(m => m.Fact.Title is not null)
            .GroupBy(m => m.Fact.Title!, StringComparer.Ordinal)
            .Select(g =>
            {
                var dates = g.Select(m => m.PageDate).Where(d => d is not null).Order(StringComparer.Ordinal).ToList();
                return new OfficeSeen(g.Key, dates.FirstOrDefault(), dates.LastOrDefault());
            })
            .OrderBy(o => o.FirstSeen, StringComparer.Ordinal)
            .ThenBy(o => o.Title, StringComparer.Ordinal)
            .ToList();
        return new PersonSummary(
            name,
            members.Select(m => m.Fact.Country).FirstOrDefault(c => c is not null),
            Distinct(members.Select(m => m.Fact.Name)),
            offices);
    }

    private static void Require<T>(IReadOnlyList<T> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("A consolidated fact needs at least one mention.", nameof(members));
        }
    }

    private static List<string> Variants(IEnumerable<string?> values) =>
        values.Where(v => v is not null).GroupBy(v => v!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).ToList();
}
