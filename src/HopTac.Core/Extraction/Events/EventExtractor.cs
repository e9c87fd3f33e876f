using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// Finds the diplomatic events a page reports (facts.md "events"): talks, meetings, calls, visits, signings,
/// conferences, aid deliveries, new or upgraded relations. Triggers come from <c>Data/events/event-triggers.tsv</c>;
/// wishes, proposals, generic plurals ("các chuyến thăm") and undated plans are left out. Every event has a foreign
/// actor; one record per event: mentions of the same type with compatible actors and dates are merged, the first
/// mention giving the evidence. Never throws on messy text.
/// </summary>
public static partial class EventExtractor
{
    /// <summary>At most this many sentences are read; a longer page is furniture or an attack.</summary>
    internal const int MaxSentences = 5000;

    /// <summary>Longer sentences are cut: they are lists or run-on furniture, not reports.</summary>
    internal const int MaxSentenceLength = 2000;

    private static readonly Lazy<IReadOnlyList<TriggerPattern>> Triggers = new(() => EmbeddedTable.ReadTriggers("event-triggers.tsv"));

    public static IReadOnlyList<EventFact> Extract(IReadOnlyList<Sentence> sentences, IReadOnlyList<Person> people, DateContext page)
    {
        if (sentences is null || sentences.Count == 0)
        {
            return [];
        }

        people ??= [];
        page ??= DateContext.None;
        var bounded = sentences.Take(MaxSentences)
            .Select(s => s.Text.Length > MaxSentenceLength ? new Sentence(s.Text[..MaxSentenceLength], s.Start) : s)
            .ToList();
        var context = new PageContext(bounded, people, page);
        var drafts = new List<Draft>();
        var recent = new Dictionary<string, (string Date, int Order, int Sentence)>(StringComparer.Ordinal);
        for (var i = 0; i < bounded.Count; i++)
        {
            foreach (var draft in Mentions(context, i, recent))
            {
                // Only a dated mention moves the occasion on: the undated "chuyến thăm" of "Trong chuyến thăm, ..." is
                // the reference itself and must not make a stale occasion look fresh.
                var dated = draft.Date is not null;
                if (Merge(drafts, draft) is { Date: { } date } merged && dated)
                {
                    recent[merged.Type] = (date, recent.Count == 0 ? 0 : recent.Values.Max(r => r.Order) + 1, i);
                }
            }
        }

        return [.. drafts.Select(d => d.ToFact())];
    }

    private static IEnumerable<Draft> Mentions(PageContext context, int index, IReadOnlyDictionary<string, (string Date, int Order, int Sentence)> recent)
    {
        var sentence = context.Sentences[index];
        var text = sentence.Text;
        var folded = VietnameseText.Fold(text);
        if (folded.Length != text.Length)
        {
            yield break;
        }

        var hits = EmbeddedTable.FindAll(Triggers.Value, folded);
        if (hits.Count == 0)
        {
            yield break;
        }

        var dates = context.DatesOf(index);
        var references = BackReference.FindAll(folded);
        var seen = new List<(string Type, string? Date)>();
        for (var k = 0; k < hits.Count; k++)
        {
            var hit = hits[k];
            if ((hit.Flagged && !CapitalAfter(text, hit.End)) || !IsReported(folded, hit, dates, out var scheduled))
            {
                continue;
            }

            var (segmentStart, segmentEnd) = Segment(text, folded, dates, hit);
            var segment = text[segmentStart..segmentEnd];
            var participants = context.PeopleIn(segment);
            if (participants.Count == 0)
            {
                participants = context.PeopleIn(text);
            }

            if (Anaphoric().IsMatch(folded.AsSpan(hit.End)))
            {
                // "cuộc hội đàm này": the event already reported, not a new one.
                yield return new Draft(hit.Type, null, [], [.. participants.Select(p => ParticipantName(p.Name))], null, text, sentence.Start) { Anaphora = true };
                continue;
            }

            // Between the neighbouring triggers: "thiết lập quan hệ năm 2001 và nâng cấp quan hệ năm 2012".
            var regionStart = Math.Max(segmentStart, k > 0 ? hits[k - 1].End : 0);
            var subjectStart = regionStart;
            var regionEnd = Math.Min(segmentEnd, k + 1 < hits.Count ? hits[k + 1].Start : text.Length);
            if (k > 0)
            {
                // A date between two triggers follows the earlier one when that one has none before it.
                var previousStart = k > 1 ? hits[k - 2].End : 0;
                if (!dates.Any(d => d.Start >= previousStart && d.Start < hits[k - 1].Start))
                {
                    regionStart = Math.Max(regionStart, hit.Start);
                }
            }

            var regionDates = dates.Where(d => d.Start >= regionStart && d.Start < regionEnd).ToList();
            var listed = regionDates.Where(d => d.Start > hit.End && d.Start > 0 && text[d.Start - 1] == '(').ToList();
            var instances = new List<(string? Date, List<Person> People)>();
            var inheritedDate = false;
            if (listed.Count >= 2)
            {
                // "điện đàm với A (tháng 4/2021) và B (tháng 2/2021)": one event per dated partner.
                var subject = context.PeopleIn(text[subjectStart..hit.Start]);
                var from = hit.End;
                foreach (var date in listed)
                {
                    instances.Add((date.Iso, [.. subject.Concat(context.PeopleIn(text[from..date.Start])).Distinct()]));
                    from = date.Start + date.Length;
                }
            }
            else
            {
                var date = NearestDate(folded, regionDates, hit);
                if (date is null || date.Length == 4)
                {
                    // A bare year is background; a day or month elsewhere in the clause dates the event better.
                    var clauseDates = dates.Where(d => d.Start >= segmentStart && d.Start < segmentEnd).ToList();
                    date = NearestDate(folded, clauseDates.Where(d => d.Iso.Length > 4).ToList(), hit)
                        ?? date
                        ?? NearestDate(folded, clauseDates, hit)
                        ?? NearestDate(folded, dates, hit);
                }

                var inherited = false;
                if (!scheduled && (date is null || date.Length == 4) && Referent(context, index, references, recent, hit, segmentStart, segmentEnd) is { } referent
                    && (date is null || PartialDate.Within(referent, date)))
                {
                    // "Trong chuyến thăm, hai bên đã ký ...": the signing happened within the visit the page dated.
                    date = referent;
                    inherited = true;
                }

                instances.Add((date, string.Equals(hit.Type, "visit", StringComparison.Ordinal) ? Visitors(context, text, subjectStart, hit, segmentEnd, participants) : participants));
                inheritedDate = inherited;
            }

            foreach (var (date, people) in instances)
            {
                if ((scheduled && date is null) || seen.Contains((hit.Type, date)))
                {
                    continue;
                }

                seen.Add((hit.Type, date));
                if (Build(context, index, hit, date, people, segment) is { } draft)
                {
                    draft.Inherited = inheritedDate;
                    yield return draft;
                }
            }
        }
    }

    /// <summary>
    /// The date of the event a back-reference in the hit's clause points to: the latest dated event of the types the
    /// phrase names (any occasion for "nhân dịp này"). Null when the clause has no back-reference, or when the page
    /// dated no such event: a reference to nothing dates nothing.
    /// </summary>
    private static string? Referent(PageContext context, int index, IReadOnlyList<BackReference> references, IReadOnlyDictionary<string, (string Date, int Order, int Sentence)> recent, TriggerHit hit, int segmentStart, int segmentEnd)
    {
        string? Checked((string Date, int Order, int Sentence) found) => MovedOn(context, found.Sentence, index, found.Date) ? null : found.Date;

        foreach (var reference in references)
        {
            if (reference.Start < segmentStart || reference.End > segmentEnd || (reference.Start < hit.End && reference.End > hit.Start))
            {
                // The phrase's own "chuyến thăm" or "hội đàm" is the earlier event mentioned again, not one inside it.
                continue;
            }

            if (reference.Types.Count == 0)
            {
                var latest = BackReference.Occasions.Where(t => !string.Equals(t, hit.Type, StringComparison.Ordinal) && recent.ContainsKey(t))
                    .Select(t => recent[t]).OrderByDescending(r => r.Order).FirstOrDefault();
                if (latest.Date is not null)
                {
                    return Checked(latest);
                }

                continue;
            }

            foreach (var type in reference.Types)
            {
                if (recent.TryGetValue(type, out var found))
                {
                    return Checked(found);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when a sentence between the event's last mention and the back-reference dates something else ("Từ ngày 26
    /// đến 28/5, tại phiên họp G7, ... Tại hội nghị này, ..."): the story has moved to an occasion the page did not
    /// record as an event, and "this conference" is that one. Bare years are background, not a move.
    /// </summary>
    private static bool MovedOn(PageContext context, int from, int to, string date)
    {
        for (var j = from + 1; j <= to; j++)
        {
            if (context.DatesOf(j).Any(d => d.Iso.Length > 4 && !DatesCompatible(d.Iso, date)))
            {
                return true;
            }
        }

        return false;
    }

    private static Draft? Build(PageContext context, int index, TriggerHit hit, string? date, List<Person> participants, string segment)
    {
        var sentence = context.Sentences[index];
        var text = sentence.Text;
        var actors = ActorFinder.Of(segment, participants);
        if (!ActorFinder.HasForeign(actors))
        {
            actors = ActorFinder.Of(text, participants);
        }

        var borrowed = false;
        if (!ActorFinder.HasForeign(actors))
        {
            // Multilateral meetings are named with their members, aid with its giver; a bare "hội nghị" or "hỗ trợ"
            // is as often domestic. A meeting nobody is named at, with no state named, is a private one.
            if (hit.Type is "conference" or "aid" || (hit.Type is "meeting" or "visit" or "call" && participants.Count == 0)
                || context.NearbyForeign(index) is not { } nearby)
            {
                return null;
            }

            actors.Add(nearby);
            borrowed = true;
        }

        if (string.Equals(hit.Type, "conference", StringComparison.Ordinal) && date is null && participants.Count == 0)
        {
            // "trên các diễn đàn Liên hợp quốc": a setting, not a meeting that took place.
            return null;
        }

        if (!actors.Contains(ActorFinder.Vietnam, StringComparer.Ordinal) && context.AboutVietnam
            && actors.Count(a => !string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal)) == 1)
        {
            actors.Add(ActorFinder.Vietnam);
        }

        return new Draft(hit.Type, date, actors, [.. participants.Select(p => ParticipantName(p.Name))], Place(text), text, sentence.Start) { Borrowed = borrowed };
    }

    /// <summary>
    /// The clause of a sentence that reports one event: a sentence listing several ("tháng 2 ..., tháng 4 ...; ...")
    /// is cut before each date that opens a clause and at semicolons.
    /// </summary>
    private static (int Start, int End) Segment(string text, string folded, IReadOnlyList<DateMention> dates, TriggerHit hit)
    {
        var cuts = new List<int> { 0, text.Length };
        for (var i = text.IndexOf(';', StringComparison.Ordinal); i >= 0; i = text.IndexOf(';', i + 1))
        {
            cuts.Add(i + 1);
        }

        foreach (var date in dates)
        {
            var from = Math.Max(0, date.Start - 25);
            var comma = date.Start == 0 ? -1 : text.LastIndexOf(',', date.Start - 1, date.Start - from);
            if (comma >= 0 && DateIntro().IsMatch(folded[(comma + 1)..date.Start]))
            {
                cuts.Add(comma + 1);
            }
        }

        cuts.Sort();
        var start = cuts.Where(c => c <= hit.Start).Max();
        var end = cuts.Where(c => c >= hit.End).DefaultIfEmpty(text.Length).Min();
        return (start, Math.Max(start, end));
    }

    /// <summary>
    /// Who makes a visit: the people named before the trigger ("Bộ trưởng A có chuyến thăm Nga"), else those in the
    /// "của ..." after it ("chuyến thăm Nga của Chủ tịch nước B"); the hosts they meet are participants of the talks
    /// and meetings, not of the visit.
    /// </summary>
    private static List<Person> Visitors(PageContext context, string text, int subjectStart, TriggerHit hit, int segmentEnd, List<Person> fallback)
    {
        var before = context.PeopleIn(text[subjectStart..hit.Start]);
        if (before.Count > 0)
        {
            return before;
        }

        var after = text[hit.End..segmentEnd];
        var comma = after.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            after = after[..comma];
        }

        var of = after.IndexOf(" của ", StringComparison.Ordinal);
        return of >= 0 ? context.PeopleIn(after[of..]) : fallback;
    }

    /// <summary>"V. Putin" is written "Putin": an initial cannot be checked against the full given name.</summary>
    private static string ParticipantName(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = parts.TakeWhile(p => p.Length <= 3 && p.EndsWith('.')).Count();
        return skip > 0 && skip < parts.Length ? string.Join(' ', parts[skip..]) : name;
    }

    private static bool CapitalAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && (text[i] == ' ' || text[i] == '"' || text[i] == '“'))
        {
            i++;
        }

        return i < text.Length && char.IsUpper(text[i]);
    }

    /// <summary>
    /// False for wishes, proposals, generic plurals and negations; <paramref name="scheduled"/> is set for plans,
    /// which count only with a date.
    /// </summary>
    private static bool IsReported(string folded, TriggerHit hit, IReadOnlyList<DateMention> dates, out bool scheduled)
    {
        var from = Math.Max(0, hit.Start - 70);
        var before = folded[from..hit.Start];
        scheduled = false;
        try
        {
            var clause = before[(before.LastIndexOfAny([',', ';', ':']) + 1)..];
            if (WishCue().IsMatch(before) || WeakWishCue().IsMatch(clause) || PluralCue().IsMatch(before)
                || (string.Equals(hit.Type, "partnership", StringComparison.Ordinal) && AnniversaryCue().IsMatch(before)))
            {
                return false;
            }

            scheduled = PlanCue().IsMatch(before);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        return !scheduled || dates.Count > 0;
    }

    private static string? NearestDate(string folded, IReadOnlyList<DateMention> dates, TriggerHit hit)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            var distance = date.Start + date.Length <= hit.Start ? hit.Start - (date.Start + date.Length)
                : date.Start >= hit.End ? (date.Start - hit.End) * 2
                : 0;
            var bracketed = date.Start > 0 && folded[date.Start - 1] == '(';
            if (date.Start >= hit.End && !bracketed
                && (date.Start - hit.End > 150 || DocumentNoun().IsMatch(folded.AsSpan(hit.End, date.Start - hit.End))))
            {
                // "hội đàm ... tiếp nối từ Bản ghi nhớ ... tháng 5": the date is the document's, not the event's.
                continue;
            }

            if (date.Start < hit.Start && hit.Start - date.Start > 250)
            {
                continue;
            }

            if (date.Iso.Length == 4)
            {
                // A bare year is background ("năm 2024"); a day or month nearby dates the event better.
                distance += 250;
            }

            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }

        return best?.Iso;
    }

    private static string? Place(string text)
    {
        try
        {
            var match = PlaceCue().Match(text);
            return match.Success ? match.Groups["place"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Adds or folds in a mention; returns the record it became part of, null when it was dropped.</summary>
    private static Draft? Merge(List<Draft> drafts, Draft draft)
    {
        if (draft.Borrowed && draft.Date is null
            && drafts.FirstOrDefault(d => string.Equals(d.Type, draft.Type, StringComparison.Ordinal)) is { } first)
        {
            // "Chuyến thăm diễn ra trong bối cảnh ...": a later word on the event the page reports.
            return null;
        }

        if (draft.Anaphora)
        {
            var previous = drafts.LastOrDefault(d => string.Equals(d.Type, draft.Type, StringComparison.Ordinal));
            previous?.Participants.AddRange(draft.Participants.Where(p => !previous.Participants.Contains(p, StringComparer.Ordinal)));
            return previous;
        }

        var same = drafts.FirstOrDefault(d => string.Equals(d.Type, draft.Type, StringComparison.Ordinal)
            && ActorsCompatible(d.Actors, draft.Actors) && DatesCompatible(d.Date, draft.Date) && !OtherSigners(d, draft));
        if (same is null)
        {
            drafts.Add(draft);
            return draft;
        }

        if (same.Inherited && draft.Date is not null && !draft.Inherited)
        {
            // A date the text gives the event itself is more precise than the occasion's it was borrowed from.
            same.Date = draft.Date;
            same.Inherited = false;
        }
        else if (same.Date is null && draft.Date is not null)
        {
            same.Date = draft.Date;
            same.Inherited = draft.Inherited;
        }

        if (same.Date is not null && draft.Date is not null && PartialDate.Refines(draft.Date, same.Date))
        {
            same.Date = draft.Date;
            same.Inherited = draft.Inherited;
        }

        same.Place ??= draft.Place;
        same.Actors.AddRange(draft.Actors.Where(a => !same.Actors.Contains(a, StringComparer.Ordinal)));
        same.Participants.AddRange(draft.Participants.Where(p => !same.Participants.Contains(p, StringComparer.Ordinal)));
        return same;
    }

    /// <summary>Two signings by different people are two documents signed: "A và B ký ...; C và D ký ...".</summary>
    private static bool OtherSigners(Draft a, Draft b) =>
        string.Equals(a.Type, "signing", StringComparison.Ordinal) && a.Date is null && b.Date is null
        && a.Participants.Count > 0 && b.Participants.Count > 0
        && !a.Participants.Intersect(b.Participants, StringComparer.Ordinal).Any();

    private static bool ActorsCompatible(List<string> a, List<string> b) =>
        a.Where(x => !string.Equals(x, ActorFinder.Vietnam, StringComparison.Ordinal)).Intersect(b, StringComparer.Ordinal).Any();

    internal static bool DatesCompatible(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        return PartialDate.Compatible(a, b);
    }

    [GeneratedRegex(@"\b(?:mong muon|mong|hy vong|hi vong|de nghi|de xuat|kien nghi|(?<!nhan )loi moi|ky vong|nham chuan bi)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WishCue();

    [GeneratedRegex(@"\b(?:thuc day|tang cuong|duy tri|khuyen khich|tao dieu kien|tien toi|huong toi|san sang|chua|can phai|can thiet)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WeakWishCue();

    [GeneratedRegex(@"^\s*(?:(?:vao|tu|ngay|chieu|sang|toi|trua|hom|dem|dau|cuoi|giua|thang|nam)\s*)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DateIntro();

    [GeneratedRegex(@"\b(?:ghi nho|hiep dinh|hiep uoc|tho?a thuan|tuyen bo|van kien|ke hoach|chuong trinh)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DocumentNoun();

    [GeneratedRegex(@"^ (?:nay|do|ay|tren)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Anaphoric();

    [GeneratedRegex(@"\b(?:ky niem|nam)\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AnniversaryCue();

    [GeneratedRegex(@"\b(?:cac|nhung|nhieu)\s+(?:cuoc |chuyen |buoi |le )?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PluralCue();

    [GeneratedRegex(@"(?<!chia )\b(?:se|du kien|chuan bi|sap|ke hoach|toi day)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PlanCue();

    [GeneratedRegex(@"\btại (?:(?:thủ đô|Thủ đô|thành phố|Thành phố|TP\.?) ?)?(?<place>\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PlaceCue();

    private sealed class Draft(string type, string? date, List<string> actors, List<string> participants, string? place, string evidence, int start)
    {
        public string Type { get; } = type;

        public string? Date { get; set; } = date;

        public List<string> Actors { get; } = actors;

        public List<string> Participants { get; } = participants;

        public string? Place { get; set; } = place;

        public bool Anaphora { get; init; }

        public bool Borrowed { get; init; }

        /// <summary>True while the date is the occasion's the text placed the event in, not one it gave the event.</summary>
        public bool Inherited { get; set; }

        public EventFact ToFact() => new(Type, Date, [.. Actors], [.. Participants], Place, evidence, start);
    }
}
