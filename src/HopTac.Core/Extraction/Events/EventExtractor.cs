using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Gazetteers;
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
            foreach (var draft in Mentions(context, i, recent, drafts))
            {
                // Only a dated mention moves the occasion on: the undated "chuyến thăm" of "Trong chuyến thăm, ..." is
                // the reference itself and must not make a stale occasion look fresh.
                var dated = draft.Date is not null;
                if (Merge(context, drafts, draft) is { Date: { } date } merged && dated)
                {
                    recent[merged.Type] = (date, recent.Count == 0 ? 0 : recent.Values.Max(r => r.Order) + 1, i);
                }
            }
        }

        return [.. drafts.Select(d => d.ToFact())];
    }

    private static IEnumerable<Draft> Mentions(PageContext context, int index, IReadOnlyDictionary<string, (string Date, int Order, int Sentence)> recent, IReadOnlyList<Draft> drafts)
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
            if ((hit.Flagged && !CapitalAfter(text, hit.End)) || !EventMood.IsReported(text, folded, hit, dates, out var scheduled, out var plural))
            {
                continue;
            }

            if (hit.Type is "meeting" or "visit" && HomeAudience().IsMatch(folded.AsSpan(hit.End, Math.Min(50, folded.Length - hit.End))))
            {
                // "gặp gỡ đại diện cộng đồng người Việt", "thăm các cơ sở sản xuất": a leader with compatriots or at a
                // site, not with another side.
                continue;
            }

            var (segmentStart, segmentEnd) = Segment(text, folded, dates, hit);
            var segment = text[segmentStart..segmentEnd];
            var named = NameSpill(context, index, segment, segmentEnd == text.Length);
            var participants = context.PeopleIn(named);
            if (participants.Count == 0)
            {
                participants = context.PeopleIn(NameSpill(context, index, text, true));
            }

            participants = [.. participants.Concat(context.OfficeHolders(segment)).Distinct()];
            if (AttendanceCue().IsMatch(folded.AsSpan(Math.Max(0, hit.Start - 12), Math.Min(12, hit.Start))))
            {
                // "Tham dự hội đàm về phía Việt Nam có A; B; ...", continued by "Về phía Nga có C; D": the delegations
                // listed as attending are participants, over the semicolons of the list.
                var next = index + 1 < context.Sentences.Count ? context.Sentences[index + 1].Text : string.Empty;
                var continued = VietnameseText.Fold(next).StartsWith("ve phia ", StringComparison.Ordinal) ? " " + next : string.Empty;
                participants = [.. participants.Concat(context.PeopleIn(NameSpill(context, index, text, true) + continued)).Distinct()];
            }

            var counterparts = hit.Type is "meeting" or "call" ? Counterparts(context, text, hit, segmentEnd) : [];
            if (plural && counterparts.Count < 2)
            {
                // "các cuộc hội kiến" with no list of whom: a generic plural, never one event.
                continue;
            }

            if (string.Equals(hit.Type, "signing", StringComparison.Ordinal) && participants.Count < 2 && PairCue().IsMatch(folded[segmentStart..segmentEnd])
                && drafts.LastOrDefault(d => d.Type is "talks" or "meeting" or "call") is { } occasion)
            {
                // "hai thủ tướng đã chứng kiến lễ ký": the two leaders of the talks the page reported.
                participants = [.. participants, .. context.People.Where(p => occasion.Participants.Contains(ParticipantName(p.Name), StringComparer.Ordinal))];
                participants = [.. participants.Distinct()];
            }

            if (Anaphoric().IsMatch(folded.AsSpan(hit.End)) || PointsBack(text, references, hit, drafts, dates))
            {
                // "cuộc hội đàm này", "Tại hội đàm, ...": the event already reported, not a new one.
                yield return new Draft(hit.Type, null, ActorFinder.Of(segment, participants), [.. participants.Select(p => ParticipantName(p.Name))], null, text, sentence.Start) { Anaphora = true };
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

            var anchor = AnchorCue().IsMatch(folded.AsSpan(Math.Max(segmentStart, hit.Start - 40), hit.Start - Math.Max(segmentStart, hit.Start - 40)));
            if (anchor)
            {
                // "kể từ sau cuộc gặp ...", "trước hội nghị thượng đỉnh ...": the event is a time anchor of another
                // clause; the clause's own date is not its date, only one written inside its phrase is.
                var phraseEnd = text.IndexOfAny([',', ';'], hit.End);
                regionStart = hit.Start;
                regionEnd = Math.Min(regionEnd, phraseEnd < 0 ? text.Length : phraseEnd);
                segmentStart = hit.Start;
                segmentEnd = Math.Max(segmentStart, Math.Min(segmentEnd, regionEnd));
            }

            var regionDates = dates.Where(d => d.Start >= regionStart && d.Start < regionEnd).ToList();
            var listed = regionDates.Where(d => d.Start > hit.End && d.Start > 0 && text[d.Start - 1] == '(').ToList();
            var instances = new List<(string? Date, List<Person> People)>();
            var actorTexts = new List<string?>();
            var inheritedDate = false;
            if (listed.Count >= 2)
            {
                // "điện đàm với A (tháng 4/2021) và B (tháng 2/2021)": one event per dated partner.
                var subject = context.PeopleIn(text[subjectStart..hit.Start]);
                var from = hit.End;
                foreach (var date in listed)
                {
                    instances.Add((date.Iso, [.. subject.Concat(context.PeopleIn(text[from..date.Start])).Distinct()]));
                    actorTexts.Add(null);
                    from = date.Start + date.Length;
                }
            }
            else
            {
                var date = NearestDate(text, folded, regionDates, hit);
                if (date is null || date.Length == 4)
                {
                    // A bare year is background; a day or month elsewhere in the clause dates the event better.
                    // A date after a later trigger of the same kind is that one's ("chuyến thăm của A, tiếp nối chuyến
                    // thăm của B vào tháng 9/2018").
                    var sameNext = hits.Skip(k + 1).FirstOrDefault(h => string.Equals(h.Type, hit.Type, StringComparison.Ordinal)
                        && !EventMood.PluralCue().IsMatch(folded.AsSpan(Math.Max(0, h.Start - 20), Math.Min(20, h.Start))));
                    var clauseEnd = sameNext is null ? segmentEnd : Math.Min(segmentEnd, sameNext.Start);
                    var clauseDates = dates.Where(d => d.Start >= segmentStart && d.Start < clauseEnd).ToList();
                    date = NearestDate(text, folded, clauseDates.Where(d => d.Iso.Length > 4).ToList(), hit)
                        ?? date
                        ?? NearestDate(text, folded, clauseDates, hit)
                        ?? (anchor ? null : NearestDate(text, folded, sameNext is null ? dates : [.. dates.Where(d => d.Start < sameNext.Start)], hit));
                }

                var inherited = false;
                if (!scheduled && (date is null || date.Length == 4) && Referent(context, index, references, recent, hit, segmentStart, segmentEnd) is { } referent
                    && (date is null || PartialDate.Within(referent, date)))
                {
                    // "Trong chuyến thăm, hai bên đã ký ...": the signing happened within the visit the page dated.
                    date = referent;
                    inherited = true;
                }

                var givers = string.Equals(hit.Type, "aid", StringComparison.Ordinal) ? Givers(text[subjectStart..hit.Start]) : [];
                if (counterparts.Count >= 2)
                {
                    // "hội kiến Tổng bí thư A, Thủ tướng B và Chủ tịch Quốc hội C": one meeting per counterpart.
                    var subjectText = text[subjectStart..hit.Start];
                    var subject = context.PeopleIn(subjectText).Concat(context.OfficeHolders(subjectText)).Distinct().ToList();
                    foreach (var (item, people) in counterparts)
                    {
                        instances.Add((date, [.. subject.Concat(people).Distinct()]));
                        actorTexts.Add(text[subjectStart..hit.Start] + " " + item);
                    }
                }
                else if (givers.Count >= 2)
                {
                    // "Nhật Bản, Hàn Quốc và Australia đã viện trợ ...": one aid record per giving state.
                    foreach (var giver in givers)
                    {
                        instances.Add((date, participants));
                        actorTexts.Add(giver + " " + text[hit.End..Math.Max(hit.End, segmentEnd)]);
                    }
                }
                else
                {
                    instances.Add((date, string.Equals(hit.Type, "visit", StringComparison.Ordinal) ? Visitors(context, text, subjectStart, hit, segmentEnd, participants) : participants));
                    actorTexts.Add(null);
                }

                inheritedDate = inherited;
            }

            for (var n = 0; n < instances.Count; n++)
            {
                var (date, people) = instances[n];
                var actorText = actorTexts[n];
                if ((scheduled && date is null) || (actorText is null && seen.Contains((hit.Type, date))))
                {
                    continue;
                }

                seen.Add((hit.Type, date));
                if (Build(context, index, hit, date, people, actorText ?? segment, actorText is not null) is { } draft)
                {
                    draft.Inherited = inheritedDate;
                    // An undated mention that is the object of talk ("đề cập tới cuộc gặp thượng đỉnh", "kết quả hội đàm",
                    // "thành công của Hội nghị") or a meeting or visit that names nobody taking part is commentary on an
                    // event, not a report of one: it adds to an event the page reports, and stands for none by itself.
                    // Aid, signings and new relations are reported between states without people.
                    draft.Background = date is null && (anchor || (draft.Participants.Count == 0 && hit.Type is not ("aid" or "signing" or "partnership")) || TopicCue().IsMatch(folded.AsSpan(Math.Max(0, hit.Start - 30), Math.Min(30, hit.Start))));
                    yield return draft;
                }
            }
        }
    }

    /// <summary>
    /// True when the trigger is the noun of a back-reference ("Tại hội đàm, ...", "Sau cuộc gặp, ...") to an occasion of
    /// its kind the page already reported, and the phrase gives no date of its own: the same event again. Visits are
    /// left to the date rules: "trong chuyến thăm Nga tháng 6-2017" may be another visit.
    /// </summary>
    private static bool PointsBack(string text, IReadOnlyList<BackReference> references, TriggerHit hit, IReadOnlyList<Draft> drafts, IReadOnlyList<DateMention> dates)
    {
        if (hit.Type is not ("talks" or "meeting" or "call" or "conference")
            || !references.Any(r => r.Start <= hit.Start && r.End >= hit.End)
            || !drafts.Any(d => string.Equals(d.Type, hit.Type, StringComparison.Ordinal)))
        {
            return false;
        }

        var comma = text.IndexOfAny([',', ';'], hit.End);
        var phraseEnd = comma < 0 ? text.Length : comma;
        return !dates.Any(d => d.Start >= hit.End && d.Start < phraseEnd);
    }

    /// <summary>
    /// The sentence text to look for names in: a sentence cut after an initial ("... Thủ tướng D.A." / "Medvedev tại
    /// ...") continues into the first words of the next one.
    /// </summary>
    private static string NameSpill(PageContext context, int index, string segment, bool atEnd)
    {
        if (!atEnd || index + 1 >= context.Sentences.Count || !TrailingInitial().IsMatch(segment))
        {
            return segment;
        }

        var next = context.Sentences[index + 1].Text;
        return segment + " " + next[..Math.Min(next.Length, 40)];
    }

    /// <summary>
    /// The counterparts a meeting trigger lists after it ("hội kiến với Tổng bí thư A, Thủ tướng B và Chủ tịch Quốc hội
    /// C", "gặp Bộ trưởng Ngoại giao Singapore và Bộ trưởng Ngoại giao Malaysia"): each item with the people it names.
    /// A piece naming nobody ("Phó Thủ tướng" of "Phó Thủ tướng, Bộ trưởng X") belongs to the next. Fewer than two
    /// means the trigger has one counterpart.
    /// </summary>
    private static List<(string Item, List<Person> People)> Counterparts(PageContext context, string text, TriggerHit hit, int segmentEnd)
    {
        var result = new List<(string Item, List<Person> People)>();
        try
        {
            // On the original text: the stop words are lower case, the names they could be confused with ("Nguyễn Thị
            // Kim Ngân", "Nguyễn Phú Trọng") are not.
            var tail = text[hit.End..segmentEnd];
            var stop = ListEnd().Match(tail);
            var end = hit.End + (stop.Success ? stop.Index : tail.Length);
            var list = text[hit.End..end];
            var lead = ListLead().Match(VietnameseText.Fold(list));
            list = list[lead.Length..];
            var pending = string.Empty;
            foreach (var piece in ListSeparator().Split(list))
            {
                var item = (pending.Length == 0 ? piece : pending + ", " + piece).Trim();
                if (item.Length == 0)
                {
                    continue;
                }

                var people = context.PeopleIn(item).Concat(context.OfficeHolders(item)).Distinct().ToList();
                var foreign = ActorFinder.InText(item).Where(a => !string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal)).ToList();
                if (people.Count == 0 && foreign.Count == 0)
                {
                    pending = item;
                    continue;
                }

                pending = string.Empty;
                if (!char.IsUpper(item[0]))
                {
                    return [];
                }

                result.Add((item, people));
            }

            if (pending.Length > 0 && result.Count > 0)
            {
                result[^1] = (result[^1].Item + ", " + pending, result[^1].People);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }

        var distinct = result.Select(r => string.Join('|', r.People.Select(p => p.Name)) + "#" + string.Join('|', ActorFinder.InText(r.Item))).Distinct(StringComparer.Ordinal).Count();
        return distinct == result.Count && result.Count >= 2 ? result : [];
    }

    /// <summary>
    /// The giving states an aid sentence lists before its trigger ("Nhật Bản, Hàn Quốc và Australia đã viện trợ"), as
    /// written; fewer than two means one giver.
    /// </summary>
    private static List<string> Givers(string subject)
    {
        var found = GazetteerData.FindActors(subject)
            .Where(m => ActorFinder.IsState(m.Entry.Value) && !string.Equals(m.Entry.Value, ActorFinder.Vietnam, StringComparison.Ordinal))
            .ToList();
        var givers = new List<string>();
        for (var i = 0; i < found.Count; i++)
        {
            if (i > 0)
            {
                var between = subject[(found[i - 1].Start + found[i - 1].Length)..found[i].Start];
                if (!GiverJoin().IsMatch(between))
                {
                    return [];
                }
            }

            var name = subject.Substring(found[i].Start, found[i].Length);
            if (!givers.Contains(name, StringComparer.Ordinal))
            {
                givers.Add(name);
            }
        }

        return found.Select(f => f.Entry.Value).Distinct(StringComparer.Ordinal).Count() >= 2 ? givers : [];
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

    private static Draft? Build(PageContext context, int index, TriggerHit hit, string? date, List<Person> participants, string segment, bool split)
    {
        var sentence = context.Sentences[index];
        var text = sentence.Text;
        var actors = ActorFinder.Of(segment, participants);
        if (!ActorFinder.HasForeign(actors) && !split)
        {
            actors = ActorFinder.Of(text, participants);
        }

        if (hit.Type is "talks" or "meeting" or "call" or "visit" or "signing" && actors.Any(ActorFinder.IsState)
            && actors.Any(a => !string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal) && ActorFinder.IsState(a)))
        {
            // Bilateral talks between states: a bloc the sentence names ("Hiệp định Việt Nam - EU") is a topic, not a
            // side, unless one of the people acts for it.
            actors.RemoveAll(a => !ActorFinder.IsState(a) && !participants.Any(p => string.Equals(p.Country, a, StringComparison.Ordinal)));
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

        actors = EventSides.Trim(hit.Type, segment, participants, actors);
        if (actors.Count < 2)
        {
            // An event has two sides at least (a conference its members or host): "Tillerson đang trong chuyến công du"
            // with one state named is a trip the page does not place, not a diplomatic event.
            return null;
        }

        participants = [.. participants.Where(p => p.Title is null || !Commentator().IsMatch(VietnameseText.Fold(p.Title)))];
        return new Draft(hit.Type, date, actors, [.. participants.Select(p => ParticipantName(p.Name)).Distinct(StringComparer.Ordinal)], Place(text), text, sentence.Start) { Borrowed = borrowed, Split = split };
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
        var after = text[hit.End..segmentEnd];
        var comma = after.IndexOfAny([',', ';']);
        if (comma >= 0)
        {
            after = after[..comma];
        }

        // "chuyến thăm Nga của Tổng Bí thư B" names its visitor even when the sentence's subject is someone else.
        // "theo lời mời của Chủ tịch C" names the host.
        var of = after.IndexOf(" của ", StringComparison.Ordinal);
        if (of >= 0 && InvitationCue().IsMatch(after[..of]))
        {
            of = -1;
        }

        if (of >= 0 && context.PeopleIn(after[of..]).Concat(context.OfficeHolders(after[of..])).Distinct().ToList() is { Count: > 0 } visitors)
        {
            return visitors;
        }

        // A visiting delegation is of one state: "A bắt tay B trong chuyến thăm" makes A the visitor, B the host.
        // Whoever welcomes or receives ("A chào mừng B thăm Việt Nam") is the host: the visitors follow the verb.
        var subjectText = text[subjectStart..hit.Start];
        var welcome = WelcomeVerb().Matches(subjectText);
        if (welcome.Count > 0)
        {
            var guests = context.PeopleIn(subjectText[(welcome[^1].Index + welcome[^1].Length)..]);
            return guests;
        }

        var before = context.PeopleIn(subjectText);
        if (before.Count > 1)
        {
            var lead = before.OrderBy(p => text.IndexOf(Last(p.Name), subjectStart, StringComparison.Ordinal) is var i && i >= 0 ? i : int.MaxValue).First();
            if (lead.Country is { } state)
            {
                before = [.. before.Where(p => p.Country is null || string.Equals(p.Country, state, StringComparison.Ordinal))];
            }
        }

        return before.Count > 0 ? before : fallback;
    }

    private static string Last(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[^1] : name;

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

    private static string? NearestDate(string text, string folded, IReadOnlyList<DateMention> dates, TriggerHit hit)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            var distance = date.Start + date.Length <= hit.Start ? hit.Start - (date.Start + date.Length)
                : date.Start >= hit.End ? (date.Start - hit.End) * 2
                : 0;
            var bracketed = date.Start > 0 && folded[date.Start - 1] == '(';
            // The document a signing trigger names as its object ("lễ ký tuyên bố hôm 8/11") is what was signed then.
            var objectEnd = string.Equals(hit.Type, "signing", StringComparison.Ordinal) ? Math.Min(date.Start, hit.End + 12) : hit.End;
            if (date.Start >= hit.End && !bracketed
                && (date.Start - hit.End > 150 || DocumentNoun().IsMatch(folded.AsSpan(objectEnd, Math.Max(0, date.Start - objectEnd)))))
            {
                // "hội đàm ... tiếp nối từ Bản ghi nhớ ... tháng 5": the date is the document's, not the event's.
                continue;
            }

            if (date.Start < hit.Start && hit.Start - date.Start > 250)
            {
                continue;
            }

            if (date.Start + date.Length <= hit.Start && ReportDate(text, date.Start + date.Length, hit.Start))
            {
                // "Ngày 22-2, Tổng thống Trump tuyên bố ... tại cuộc hội đàm thượng đỉnh tới đây": the date is the
                // statement's, not the event's it speaks of.
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

    private static bool ReportDate(string text, int from, int to)
    {
        try
        {
            return ReportVerb().IsMatch(text.AsSpan(from, to - from));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
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
    private static Draft? Merge(PageContext context, List<Draft> drafts, Draft draft)
    {
        if (draft.Borrowed && draft.Date is null
            && drafts.FirstOrDefault(d => string.Equals(d.Type, draft.Type, StringComparison.Ordinal)) is { } first)
        {
            // "Chuyến thăm diễn ra trong bối cảnh ...": a later word on the event the page reports.
            return null;
        }

        if (draft.Background && !drafts.Any(d => string.Equals(d.Type, draft.Type, StringComparison.Ordinal) && ActorsCompatible(d.Actors, draft.Actors)))
        {
            // "sau hội nghị thượng đỉnh Mỹ - Triều", "trước cuộc gặp": an undated time anchor of another clause adds to
            // the event the page reports, but is no report of one by itself.
            return null;
        }

        if (draft.Anaphora)
        {
            // The earlier event of the kind with a side in common ("Tại cuộc gặp với Bộ trưởng Malaysia ..."), else the last.
            var previous = drafts.LastOrDefault(d => string.Equals(d.Type, draft.Type, StringComparison.Ordinal) && ActorsCompatible(d.Actors, draft.Actors))
                ?? drafts.LastOrDefault(d => string.Equals(d.Type, draft.Type, StringComparison.Ordinal));
            previous?.Participants.AddRange(draft.Participants.Where(p => !previous.Participants.Contains(p, StringComparer.Ordinal)));
            return previous;
        }

        var same = drafts.FirstOrDefault(d => string.Equals(d.Type, draft.Type, StringComparison.Ordinal)
            && ActorsCompatible(d.Actors, draft.Actors) && DatesCompatible(d.Date, draft.Date) && !OtherSigners(d, draft) && !OtherCounterparts(d, draft) && !OtherVisitors(context, d, draft));
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
        // A bilateral event keeps its sides: a later mention naming a third state ("... trong chuyến công du Nhật Bản,
        // Philippines") adds no side to it; a conference or an aid record gathers its members and givers.
        var bilateral = same.Type is "talks" or "meeting" or "call" or "visit" or "signing" or "partnership";
        same.Actors.AddRange(draft.Actors.Where(a => !same.Actors.Contains(a, StringComparer.Ordinal)
            && (!bilateral || string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal) || !ActorFinder.HasForeign(same.Actors))));
        same.Participants.AddRange(draft.Participants.Where(p => !same.Participants.Contains(p, StringComparer.Ordinal)));
        return same;
    }

    /// <summary>
    /// Listed meetings are one per counterpart: two of them, or one of them and another meeting, with different foreign
    /// sides or different counterparts are different meetings.
    /// </summary>
    private static bool OtherCounterparts(Draft a, Draft b)
    {
        if (!a.Split && !b.Split)
        {
            return false;
        }

        var aForeign = a.Actors.Where(x => !string.Equals(x, ActorFinder.Vietnam, StringComparison.Ordinal)).ToList();
        var bForeign = b.Actors.Where(x => !string.Equals(x, ActorFinder.Vietnam, StringComparison.Ordinal)).ToList();
        if (!aForeign.SequenceEqual(bForeign, StringComparer.Ordinal))
        {
            return true;
        }

        return a.Participants.Count > 0 && b.Participants.Count > 0 && a.Split && b.Split
            && !a.Participants.ToHashSet(StringComparer.Ordinal).SetEquals(b.Participants);
    }

    /// <summary>
    /// "chuyến thăm Việt Nam của Thủ tướng Nga, tiếp nối chuyến thăm Nga của Tổng Bí thư": two visits a sentence
    /// names with visitors of different states are two visits.
    /// </summary>
    private static bool OtherVisitors(PageContext context, Draft a, Draft b)
    {
        if (!string.Equals(a.Type, "visit", StringComparison.Ordinal) || a.Start != b.Start || a.Participants.Count == 0 || b.Participants.Count == 0
            || a.Participants.Intersect(b.Participants, StringComparer.Ordinal).Any())
        {
            return false;
        }

        HashSet<string> States(Draft d) => [.. context.People.Where(p => d.Participants.Contains(ParticipantName(p.Name), StringComparer.Ordinal)).Select(p => p.Country).OfType<string>()];
        var aStates = States(a);
        var bStates = States(b);
        return aStates.Count > 0 && bStates.Count > 0 && !aStates.Overlaps(bStates);
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

    [GeneratedRegex(@"^\s*(?:(?:go|mat|va|voi|cung|tham|toi|den|lai|tai)\s+)*(?:(?:dai dien|dong dao|cac|nhung|mot so)\s+)*(?:cong dong|kieu bao|ba con|nguoi dan|sinh vien|can bo|nhan vien|co so|nha may|khu cong nghiep|cu tri|nguoi hau thuan|nguoi ung ho)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex HomeAudience();

    // A noun or preposition that makes the event what is talked about: "về", "tới", "của", "kết quả", "thành công",
    // "nỗ lực cứu vãn", "chi tiết", "địa điểm", "ủng hộ", "đề cập", "như" (each a grammatical head of an object).
    [GeneratedRegex(@"\b(?:ve|toi|cua|cho|ket qua|thanh cong|that bai|no luc|cuu van|ung ho|chi tiet|dia diem|boi canh|de cap|nhac den|nhac toi|y nghia|nhu|la|khi)\s+(?:(?:cac|nhung|mot|hai|ca)\s+)?(?:(?:cuoc|chuyen|buoi|le|phien)\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex TopicCue();

    [GeneratedRegex(@"\blời mời\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex InvitationCue();

    // Verbs of a host: the guest is their object.
    [GeneratedRegex(@"(?i)(?:^|\s)(?:chào mừng|đón tiếp|đón|tiếp đón|hoan nghênh)(?=\s)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WelcomeVerb();

    // Verbs of saying and reporting (on the original text: folded "nói" is also "nội" of "Hà Nội").
    [GeneratedRegex(@"(?i)(?:^|\s)(?:nói|cho biết|tuyên bố|thông báo|tiết lộ|dẫn lời|dẫn nguồn|đưa tin|xác nhận|khẳng định|bình luận|trả lời|cho rằng|nhận định|công bố)(?=[\s,:]|$)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ReportVerb();

    [GeneratedRegex(@"(?:^|[\s(])(?:\p{Lu}\p{Ll}?\.){1,3}\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex TrailingInitial();

    [GeneratedRegex(@"[.;:(]|\s(?:để|nhằm|về|tại|bên lề|nhân|trong|vào|hôm|ngày|sáng|chiều|tối|theo|sau|trước|khi|như|thì|là|đã|sẽ|cùng|nhưng)\s|\s-\s", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ListEnd();

    [GeneratedRegex(@"^\s*(?:(?:lan luot|rieng|rieng re|song phuong)\s+)?(?:(?:voi|cung)\s+)?(?:(?:ngai|ong|ba)\s+)?", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ListLead();

    [GeneratedRegex(@",\s*|\s+và\s+", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^\s*(?:,|và|cùng|cùng với)\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex GiverJoin();

    [GeneratedRegex(@"\b(?:phat ngon|thu ky bao chi|chuyen gia|nha phan tich|giao su|pho giao su|phong vien|nha bao|nha nghien cuu|bien tap)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Commentator();

    [GeneratedRegex(@"\btham (?:du|gia) (?:cuoc |buoi )?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AttendanceCue();

    [GeneratedRegex(@"\bhai (?:thu tuong|nha lanh dao|lanh dao|bo truong|chu tich nuoc|chu tich|tong thong|nguyen thu|ngoai truong)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PairCue();

    [GeneratedRegex(@"\b(?:truoc|sau|ke tu|ke tu sau|truoc them|sau khi ket thuc|ke tu khi)\s+(?:(?:cac|nhung|mot) )?(?:cuoc |chuyen |buoi |le |phien |su kien )?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AnchorCue();

    [GeneratedRegex(@"^\s*(?:(?:vao|tu|ngay|chieu|sang|toi|trua|hom|dem|dau|cuoi|giua|thang|nam)\s*)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DateIntro();

    [GeneratedRegex(@"\b(?:ghi nho|hiep dinh|hiep uoc|tho?a thuan|tuyen bo|van kien|ke hoach|chuong trinh)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DocumentNoun();

    [GeneratedRegex(@"^ (?:nay|do|ay|tren)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Anaphoric();

    [GeneratedRegex(@"\btại (?:(?:thủ đô|Thủ đô|thành phố|Thành phố|TP\.?) ?)?(?<place>\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PlaceCue();

    private sealed class Draft(string type, string? date, List<string> actors, List<string> participants, string? place, string evidence, int start)
    {
        public string Type { get; } = type;

        /// <summary>Where the sentence of the first mention starts: mentions in one sentence share it.</summary>
        public int Start { get; } = start;

        public string? Date { get; set; } = date;

        public List<string> Actors { get; } = actors;

        public List<string> Participants { get; } = participants;

        public string? Place { get; set; } = place;

        public bool Anaphora { get; init; }

        public bool Borrowed { get; init; }

        /// <summary>True for an undated event named only as the time anchor of another clause ("sau cuộc gặp").</summary>
        public bool Background { get; set; }

        /// <summary>True for one of several events a sentence lists (one per counterpart or giver): never merged with its siblings.</summary>
        public bool Split { get; init; }

        /// <summary>True while the date is the occasion's the text placed the event in, not one it gave the event.</summary>
        public bool Inherited { get; set; }

        public EventFact ToFact() => new(Type, Date, [.. Actors], [.. Participants], Place, evidence, Start);
    }
}
