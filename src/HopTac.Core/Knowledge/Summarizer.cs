using System.Globalization;
using HopTac.Core.Text;

namespace HopTac.Core.Knowledge;

/// <summary>
/// Summarises a group of mentions (from <see cref="Clusterer"/>) into one consolidated fact. Deterministic and
/// independent of the members' order. The date is the most precise one the sources agree on (a yearless day takes
/// the year of a dated source that fits it); <c>Conflict</c> is set only when sources cannot all be right (two
/// days, two values), never because one is coarser. Variants come most supported first.
/// </summary>
public static class Summarizer
{
    public static EventSummary Event(IReadOnlyList<EventMention> members)
    {
        Require(members);
        var (date, variants, conflict) = Dates(members.Select(m => m.Fact.Date));
        return new EventSummary(
            MostCommon(members.Select(m => m.Fact.Type))!,
            date,
            variants,
            conflict,
            ByFrequency(members.SelectMany(m => m.Fact.Actors.Distinct(StringComparer.Ordinal))),
            MergeNames(members.SelectMany(m => m.Fact.Participants)),
            MostCommon(members.Select(m => m.Fact.Place)));
    }

    public static AgreementSummary Agreement(IReadOnlyList<AgreementMention> members)
    {
        Require(members);
        var (date, variants, conflict) = Dates(members.Select(m => m.Fact.Date));
        var periods = members.Select(m => IsoDate.Parse(m.Fact.Period)).OfType<IsoDate>().ToList();
        var periodConflict = periods.Any(p => periods.Any(q => IsoDate.Relate(p, q) != DateRelation.Compatible));
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
            ByFrequency(members.SelectMany(m => m.Fact.Actors.Distinct(StringComparer.Ordinal))));
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

    /// <summary>The agreed date, the variants most supported first, and whether two sources cannot both be right.</summary>
    internal static (string? Date, List<string> Variants, bool Conflict) Dates(IEnumerable<string?> raw)
    {
        var values = raw.Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0).ToList();
        var distinct = values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Count: g.Count(), Date: IsoDate.Parse(g.Key)))
            .ToList();
        var parsed = distinct.Where(d => d.Date is not null).ToList();
        int Support(IsoDate d) => parsed.Where(p => IsoDate.Relate(d, p.Date!) == DateRelation.Compatible).Sum(p => p.Count);
        var variants = distinct
            .OrderByDescending(d => d.Count)
            .ThenByDescending(d => d.Date is null ? -1 : Support(d.Date))
            .ThenBy(d => d.Date?.Width ?? double.MaxValue)
            .ThenBy(d => d.Text, StringComparer.Ordinal)
            .Select(d => d.Text).ToList();
        var conflict = parsed.Any(x => parsed.Any(y => IsoDate.Relate(x.Date!, y.Date!) != DateRelation.Compatible));
        if (parsed.Count == 0)
        {
            return (variants.FirstOrDefault(), variants, false);
        }

        var best = parsed
            .OrderByDescending(d => Support(d.Date!))
            .ThenBy(d => d.Date!.Width)
            .ThenByDescending(d => d.Count)
            .ThenBy(d => d.Text, StringComparer.Ordinal)
            .First();
        return (WithYear(best.Text, best.Date!, parsed.Select(p => p.Date!)), variants, conflict);
    }

    /// <summary>A yearless date takes the year of the dated sources that fit it, when they name one year only.</summary>
    private static string WithYear(string text, IsoDate date, IEnumerable<IsoDate> all)
    {
        if (!date.Yearless || date.Start.Month != date.End.Month)
        {
            return text;
        }

        var years = all.Where(d => !d.Yearless && d.Start.Year == d.End.Year && IsoDate.Relate(d, date) == DateRelation.Compatible)
            .Select(d => d.Start.Year).Distinct().ToList();
        if (years.Count != 1)
        {
            return text;
        }

        var y = years[0].ToString("D4", CultureInfo.InvariantCulture);
        var dated = date.DayPrecise
            ? string.Create(CultureInfo.InvariantCulture, $"{y}-{date.Start.Month:D2}-{date.Start.Day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{y}-{date.Start.Month:D2}");
        return IsoDate.Parse(dated) is null ? text : dated;
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
