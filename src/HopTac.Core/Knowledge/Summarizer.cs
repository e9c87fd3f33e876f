using HopTac.Core.Extraction.Dates;
using HopTac.Core.Text;

namespace HopTac.Core.Knowledge;

/// <summary>
/// Summarises a group of mentions (from <see cref="Clusterer"/>) into one consolidated fact. Deterministic and
/// independent of the members' order. The date is the most precise one the sources agree on; a yearless one takes
/// the year of the dated sources that fit it, else the year its pages' own dates give it, and says which page the
/// year came from (<see cref="EventSummary.YearFrom"/>); <c>Conflict</c> is set only when sources cannot all be right (two
/// days, two values), never because one is coarser. Variants come most supported first.
/// </summary>
public static class Summarizer
{
    public static EventSummary Event(IReadOnlyList<EventMention> members)
    {
        Require(members);
        var (date, variants, conflict, yearFrom) = Dates(members.Select(m => new DatedMention(m.Fact.Date, m.Source, m.PageDate)));
        return new EventSummary(
            MostCommon(members.Select(m => m.Fact.Type))!,
            date,
            variants,
            conflict,
            ByFrequency(members.SelectMany(m => m.Fact.Actors.Distinct(StringComparer.Ordinal))),
            MergeNames(members.SelectMany(m => m.Fact.Participants)),
            MostCommon(members.Select(m => m.Fact.Place)))
        {
            YearFrom = yearFrom,
        };
    }

    public static AgreementSummary Agreement(IReadOnlyList<AgreementMention> members)
    {
        Require(members);
        var (date, variants, conflict, yearFrom) = Dates(members.Select(m => new DatedMention(m.Fact.Date, m.Source, m.PageDate)));
        var periods = members.Select(m => PartialDate.Parse(m.Fact.Period)).OfType<PartialDate>().ToList();
        var periodConflict = periods.Any(p => periods.Any(q => PartialDate.Relate(p, q) != DateRelation.Compatible));
        var title = members.Select(m => VietnameseText.CollapseSpaces(VietnameseText.Normalize(m.Fact.Title)))
            .Where(t => t.Length > 0)
            .GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? members[0].Fact.Title;
        return new AgreementSummary(
            MostCommon(members.Select(m => m.Fact.Type))!,
            title,
            date,
            MostCommon(members.Select(m => m.Fact.Period)),
            variants,
            conflict || periodConflict,
            ByFrequency(members.SelectMany(m => m.Fact.Actors.Distinct(StringComparer.Ordinal))))
        {
            YearFrom = yearFrom,
        };
    }

    public static FigureSummary Figure(IReadOnlyList<FigureMention> members)
    {
        Require(members);
        var values = members.GroupBy(m => m.Fact.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key).ToList();
        var chosen = members.Where(m => m.Fact.Value == values[0]).ToList();
        return new FigureSummary(
            values[0],
            MostCommon(chosen.Select(m => m.Fact.Unit))!,
            MostCommon(chosen.Select(m => m.Fact.Per)),
            MostCommon(chosen.Select(m => m.Fact.Text))!,
            values,
            values.Count > 1);
    }

    public static PersonSummary Person(IReadOnlyList<PersonMention> members)
    {
        Require(members);
        var spellings = members.Select(m => VietnameseText.CollapseSpaces(VietnameseText.Normalize(m.Fact.Name)))
            .Where(n => n.Length > 0)
            .GroupBy(n => n, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .ToList();
        var name = spellings
            .OrderByDescending(s => PersonIdentity.Fullness(s.Name)).ThenByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Name).FirstOrDefault() ?? members[0].Fact.Name;
        var offices = members.Where(m => !string.IsNullOrWhiteSpace(m.Fact.Title))
            .GroupBy(m => VietnameseText.CollapseSpaces(VietnameseText.Normalize(m.Fact.Title)).ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g =>
            {
                var dates = g.Select(m => m.PageDate).OfType<string>().Order(StringComparer.Ordinal).ToList();
                var title = MostCommon(g.Select(m => VietnameseText.CollapseSpaces(VietnameseText.Normalize(m.Fact.Title))))!;
                return new OfficeSeen(title, dates.FirstOrDefault(), dates.LastOrDefault());
            })
            .OrderBy(o => o.FirstSeen is null ? 1 : 0)
            .ThenBy(o => o.FirstSeen, StringComparer.Ordinal)
            .ThenBy(o => o.Title, StringComparer.Ordinal)
            .ToList();
        return new PersonSummary(
            name,
            MostCommon(members.Select(m => m.Fact.Country)),
            spellings.Select(s => s.Name).Where(n => !string.Equals(n, name, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList(),
            offices);
    }

    /// <summary>
    /// Names merged by identity: each group of compatible names is shown in its fullest form, groups most
    /// mentioned first. A short form fitting several full names joins the fullest, most mentioned one.
    /// </summary>
    internal static List<string> MergeNames(IEnumerable<string> names)
    {
        var spellings = names.Select(n => VietnameseText.CollapseSpaces(VietnameseText.Normalize(n)))
            .Where(n => n.Length > 0)
            .GroupBy(n => n, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(s => PersonIdentity.Fullness(s.Name)).ThenByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var kept = new List<(string Name, int Count)>();
        foreach (var (spelling, count) in spellings)
        {
            var index = kept.FindIndex(k => PersonIdentity.Compatible(k.Name, spelling));
            if (index >= 0)
            {
                kept[index] = (kept[index].Name, kept[index].Count + count);
            }
            else
            {
                kept.Add((spelling, count));
            }
        }

        return kept.OrderByDescending(k => k.Count).ThenBy(k => k.Name, StringComparer.Ordinal).Select(k => k.Name).ToList();
    }

    /// <summary>
    /// The agreed date, the variants most supported first, whether two sources cannot both be right, and the source
    /// that gave a yearless agreed date its year (null when the year was written or is still unknown).
    /// </summary>
    internal static (string? Date, List<string> Variants, bool Conflict, string? YearFrom) Dates(IEnumerable<DatedMention> mentions)
    {
        var all = mentions.Select(m => m with { Date = m.Date?.Trim() }).Where(m => m.Date is { Length: > 0 }).ToList();
        var distinct = all.GroupBy(m => m.Date!, StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Count: g.Count(), Date: PartialDate.Parse(g.Key)))
            .ToList();
        var parsed = distinct.Where(d => d.Date is not null).ToList();
        int Support(PartialDate d) => parsed.Where(p => PartialDate.Relate(d, p.Date!.Value) == DateRelation.Compatible).Sum(p => p.Count);
        var variants = distinct
            .OrderByDescending(d => d.Count)
            .ThenByDescending(d => d.Date is null ? -1 : Support(d.Date.Value))
            .ThenBy(d => d.Date?.Width ?? double.MaxValue)
            .ThenBy(d => d.Text, StringComparer.Ordinal)
            .Select(d => d.Text).ToList();
        var conflict = parsed.Any(x => parsed.Any(y => PartialDate.Relate(x.Date!.Value, y.Date!.Value) != DateRelation.Compatible));
        if (parsed.Count == 0)
        {
            return (variants.FirstOrDefault(), variants, false, null);
        }

        var best = parsed
            .OrderByDescending(d => Support(d.Date!.Value))
            .ThenBy(d => d.Date!.Value.Width)
            .ThenByDescending(d => d.Count)
            .ThenBy(d => d.Text, StringComparer.Ordinal)
            .First();
        if (best.Date!.Value.HasYear)
        {
            return (best.Text, variants, conflict, null);
        }

        var (dated, from) = WithYear(best.Date.Value, all);
        return (dated?.ToIso() ?? best.Text, variants, conflict, from);
    }

    /// <summary>
    /// A yearless date takes the year of the dated mentions that fit it when they name one year only; failing that,
    /// the year its own mentions' page dates put it in, when they agree. The source named is the first (in ordinal
    /// order) of the pages that gave the year, so the result does not depend on the members' order.
    /// </summary>
    private static (PartialDate? Date, string? From) WithYear(PartialDate date, List<DatedMention> all)
    {
        var dated = all.Select(m => (m.Source, Date: PartialDate.Parse(m.Date)))
            .Where(m => m.Date is { HasYear: true, FirstDay: { } first, LastDay: { } last } d && first.Year == last.Year
                && PartialDate.Relate(d, date) == DateRelation.Compatible)
            .Select(m => (m.Source, Year: m.Date!.Value.FirstDay!.Value.Year))
            .ToList();
        if (dated.Count == 0)
        {
            // A page's own date anchors the yearless dates it writes: "ngày 25/5" on a page of 2016-05-26 is 2016.
            dated = all.Where(m => string.Equals(m.Date, date.ToIso(), StringComparison.Ordinal))
                .Select(m => (m.Source, Year: PartialDate.DayOf(m.PageDate) is { FirstDay: { } page } && (date.Start ?? date.End) is { } point
                    ? point.YearNear(page, past: false, future: false) : null))
                .Where(m => m.Year is not null)
                .Select(m => (m.Source, Year: m.Year!.Value))
                .ToList();
        }

        var years = dated.Select(d => d.Year).Distinct().ToList();
        if (years.Count != 1)
        {
            return (null, null);
        }

        var from = dated.Select(d => d.Source).Order(StringComparer.Ordinal).First();
        return (date.WithYear(years[0]), from);
    }

    private static void Require<T>(IReadOnlyList<T> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("A consolidated fact needs at least one mention.", nameof(members));
        }
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();

    private static List<string> ByFrequency(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
}
