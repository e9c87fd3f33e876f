using HopTac.Core.Extraction.Dates;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Knowledge;

/// <summary>
/// Whether two mentions from different pages report one real-world fact, as a score: 0 means "not the same", higher
/// means stronger evidence that they are. Symmetric, and never positive for two mentions of the same source (a page
/// reports each event once). Date disagreements that still allow a merge are reported by the summaries, not here.
/// The <c>Apart</c> overloads tell the clusterer which mentions may never share a group, even through others.
/// </summary>
public static class FactMatcher
{
    private const string Vietnam = "VN";

    /// <summary>
    /// Events match when their types are equal or compatible (talks and meeting; a visit is never the talks held during
    /// it), they share a foreign actor (or, where neither names one, a participant), and their dates are compatible.
    /// Dates one day apart, a date missing on one side, or a yearless date against a dated one, need a shared
    /// participant as well; with no date on either side, two shared participants or one and similar evidence sentences.
    /// </summary>
    public static double Events(EventMention a, EventMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.Source, b.Source, StringComparison.Ordinal) || !CompatibleEventTypes(a.Fact.Type, b.Fact.Type))
        {
            return 0;
        }

        var sharedActors = SharedForeignActors(a.Fact.Actors, b.Fact.Actors);
        var foreignA = a.Fact.Actors.Any(IsForeign);
        var foreignB = b.Fact.Actors.Any(IsForeign);
        if ((foreignA && foreignB && sharedActors == 0) || SidesDisagree(a.Fact.Actors, b.Fact.Actors))
        {
            return 0;
        }

        var sharedPeople = SharedParticipants(a.Fact.Participants, b.Fact.Participants);
        if (sharedActors == 0 && sharedPeople == 0)
        {
            return 0;
        }

        var da = PartialDate.Parse(a.Fact.Date);
        var db = PartialDate.Parse(b.Fact.Date);
        var exact = false;
        if (da is null || db is null)
        {
            // Without any date, one shared name is too weak across the years a knowledge base covers (a leader
            // meets the same partner many times): two shared participants, or one and a similar sentence.
            if (sharedPeople == 0
                || (da is null && db is null && sharedPeople < 2
                    && EvidenceSimilarity(a.Fact, b.Fact) < 0.25))
            {
                return 0;
            }
        }
        else
        {
            // A day without its year fits that day in every year: with nothing but a shared partner, the 12 September
            // of one page may be years away from the September of another.
            if (da.Value.HasYear != db.Value.HasYear && sharedPeople == 0)
            {
                return 0;
            }

            switch (PartialDate.Relate(da.Value, db.Value))
            {
                case DateRelation.Different:
                    return 0;
                case DateRelation.OneDayApart when sharedPeople == 0:
                    return 0;
                case DateRelation.Compatible:
                    exact = da.Value.DayPrecise && db.Value.DayPrecise;
                    break;
            }
        }

        return 1
            + (string.Equals(a.Fact.Type, b.Fact.Type, StringComparison.Ordinal) ? 1 : 0)
            + (exact ? 1 : 0)
            + (0.5 * Math.Min(sharedPeople, 4))
            + (0.25 * Math.Min(sharedActors, 4));
    }

    /// <summary>
    /// Agreements match when their types agree (a memorandum and an agreement only with near-identical titles), they
    /// share a foreign actor, dates and periods are compatible where both give them, and their titles share most of
    /// their content words. A title with no content word of its own ("Tuyên bố chung") needs the same date.
    /// </summary>
    public static double Agreements(AgreementMention a, AgreementMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.Source, b.Source, StringComparison.Ordinal))
        {
            return 0;
        }

        var sameType = string.Equals(a.Fact.Type, b.Fact.Type, StringComparison.Ordinal);
        if (!sameType && !IsMemorandumOrAgreement(a.Fact.Type, b.Fact.Type))
        {
            return 0;
        }

        var foreignA = a.Fact.Actors.Any(IsForeign);
        var foreignB = b.Fact.Actors.Any(IsForeign);
        var sharedActors = SharedForeignActors(a.Fact.Actors, b.Fact.Actors);
        if (((foreignA || foreignB) && sharedActors == 0) || SidesDisagree(a.Fact.Actors, b.Fact.Actors))
        {
            return 0;
        }

        var exactDate = false;
        if (PartialDate.Parse(a.Fact.Date) is { } da && PartialDate.Parse(b.Fact.Date) is { } db)
        {
            if (PartialDate.Relate(da, db) != DateRelation.Compatible)
            {
                return 0;
            }

            exactDate = da.DayPrecise && db.DayPrecise;
        }

        if (PartialDate.Parse(a.Fact.Period) is { } pa && PartialDate.Parse(b.Fact.Period) is { } pb
            && PartialDate.Relate(pa, pb) != DateRelation.Compatible)
        {
            return 0;
        }

        var wa = ContentWords.Of(a.Fact.Title);
        var wb = ContentWords.Of(b.Fact.Title);
        double dice;
        if (wa.Count == 0 || wb.Count == 0)
        {
            // A generic title names no particular document: only the same day on both pages ties them.
            if (!exactDate || wa.Count != wb.Count)
            {
                return 0;
            }

            dice = 0.5;
        }
        else
        {
            // Two or fewer content words ("thương mại") name a kind of document, not one document: near-equal only.
            dice = ContentWords.Dice(wa, wb);
            if (dice < (sameType && wa.Count > 2 && wb.Count > 2 ? 0.5 : 0.8))
            {
                return 0;
            }
        }

        return 1 + dice + (sameType ? 1 : 0) + (exactDate ? 1 : 0) + (0.25 * Math.Min(sharedActors, 4));
    }

    /// <summary>
    /// Figures are compared only within one story (pages that share a consolidated event or agreement). Same unit and
    /// rate; evidence sentences close in content words; a different value only when the sentences are very close.
    /// </summary>
    public static double Figures(FigureMention a, FigureMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.Source, b.Source, StringComparison.Ordinal)
            || !string.Equals(UnitKey(a.Fact.Unit), UnitKey(b.Fact.Unit), StringComparison.Ordinal)
            || !string.Equals(UnitKey(a.Fact.Per), UnitKey(b.Fact.Per), StringComparison.Ordinal))
        {
            return 0;
        }

        // The unit's own words are already known equal: only the rest of the sentence tells the contexts apart.
        var dice = ContentWords.Dice(ContentWords.Of(a.Fact.Evidence, a.Fact.Unit), ContentWords.Of(b.Fact.Evidence, a.Fact.Unit));
        var equal = a.Fact.Value == b.Fact.Value;
        if (dice < (equal ? 0.3 : 0.8))
        {
            return 0;
        }

        return dice + (equal ? 1 : 0);
    }

    /// <summary>People match when their names are compatible and their countries do not contradict.</summary>
    public static double People(PersonMention a, PersonMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!PeopleMayBeOne(a, b))
        {
            return 0;
        }

        var sameKey = string.Equals(PersonIdentity.Key(a.Fact.Name), PersonIdentity.Key(b.Fact.Name), StringComparison.Ordinal);
        var sameCountry = a.Fact.Country is not null && string.Equals(a.Fact.Country, b.Fact.Country, StringComparison.Ordinal);
        return 1 + (sameKey ? 1 : 0) + (sameCountry ? 0.5 : 0);
    }

    /// <summary>
    /// Whether two event mentions may never share a consolidated event, even linked through others: different
    /// days more than one apart, contradicting sides, incompatible types, or the same page.
    /// </summary>
    public static bool Apart(EventMention a, EventMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!CompatibleEventTypes(a.Fact.Type, b.Fact.Type)
            || SidesDisagree(a.Fact.Actors, b.Fact.Actors)
            || (a.Fact.Actors.Any(IsForeign) && b.Fact.Actors.Any(IsForeign) && SharedForeignActors(a.Fact.Actors, b.Fact.Actors) == 0))
        {
            return true;
        }

        return PartialDate.Parse(a.Fact.Date) is { } da && PartialDate.Parse(b.Fact.Date) is { } db
            && PartialDate.Relate(da, db) == DateRelation.Different;
    }

    /// <summary>Whether two agreement mentions may never share a group: other parties, incompatible dates or periods.</summary>
    public static bool Apart(AgreementMention a, AgreementMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SidesDisagree(a.Fact.Actors, b.Fact.Actors)
            || (PartialDate.Parse(a.Fact.Date) is { } da && PartialDate.Parse(b.Fact.Date) is { } db && PartialDate.Relate(da, db) != DateRelation.Compatible)
            || (PartialDate.Parse(a.Fact.Period) is { } pa && PartialDate.Parse(b.Fact.Period) is { } pb && PartialDate.Relate(pa, pb) != DateRelation.Compatible);
    }

    /// <summary>Whether two person mentions may never share a group: two different full names, or two countries.</summary>
    public static bool Apart(PersonMention a, PersonMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return !PeopleMayBeOne(a, b);
    }

    internal static bool CompatibleEventTypes(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (IsTalksOrMeeting(a) && IsTalksOrMeeting(b));

    /// <summary>How alike two events' sentences are beyond the names of their participants and the offices they hold.</summary>
    private static double EvidenceSimilarity(EventFact a, EventFact b)
    {
        var names = string.Join(' ', a.Participants.Concat(b.Participants).Take(64));
        return ContentWords.Dice(ContentWords.Of(a.Evidence, names), ContentWords.Of(b.Evidence, names));
    }

    internal static int SharedParticipants(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var used = new bool[b.Count];
        var shared = 0;
        foreach (var x in a.Take(32))
        {
            for (var j = 0; j < Math.Min(b.Count, 32); j++)
            {
                if (!used[j] && PersonIdentity.Compatible(x, b[j]))
                {
                    used[j] = true;
                    shared++;
                    break;
                }
            }
        }

        return shared;
    }

    private static bool PeopleMayBeOne(PersonMention a, PersonMention b) =>
        PersonIdentity.Compatible(a.Fact.Name, b.Fact.Name)
        && (a.Fact.Country is null || b.Fact.Country is null || string.Equals(a.Fact.Country, b.Fact.Country, StringComparison.Ordinal));

    private static bool IsTalksOrMeeting(string type) =>
        string.Equals(type, "talks", StringComparison.Ordinal) || string.Equals(type, "meeting", StringComparison.Ordinal);

    private static bool IsMemorandumOrAgreement(string a, string b) =>
        (string.Equals(a, "memorandum", StringComparison.Ordinal) && string.Equals(b, "agreement", StringComparison.Ordinal))
        || (string.Equals(a, "agreement", StringComparison.Ordinal) && string.Equals(b, "memorandum", StringComparison.Ordinal));

    private static bool IsForeign(string actor) => !string.Equals(actor, Vietnam, StringComparison.Ordinal);

    private static int SharedForeignActors(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Where(IsForeign).Distinct(StringComparer.Ordinal).Count(x => b.Contains(x, StringComparer.Ordinal));

    /// <summary>
    /// Two bilateral events that share only one side are two events: the US president in Vietnam and in Japan.
    /// Extra actors on one side only are noise of extraction and do not count.
    /// </summary>
    private static bool SidesDisagree(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var shared = a.Distinct(StringComparer.Ordinal).Count(x => b.Contains(x, StringComparer.Ordinal));
        return shared == 1
            && a.Any(x => !b.Contains(x, StringComparer.Ordinal))
            && b.Any(x => !a.Contains(x, StringComparer.Ordinal));
    }

    internal static string UnitKey(string? unit) => VietnameseText.Normalize(unit).Trim().ToLowerInvariant();
}
