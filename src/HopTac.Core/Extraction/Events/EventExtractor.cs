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
        var drafts = new List<EventDraft>();
        var recent = new Dictionary<EventType, (string Date, int Order, int Sentence)>();
        for (var i = 0; i < bounded.Count; i++)
        {
            foreach (var draft in Mentions(context, i, recent, drafts))
            {
                // Only a dated mention moves the occasion on: the undated "chuyến thăm" of "Trong chuyến thăm, ..." is
                // the reference itself and must not make a stale occasion look fresh.
                var dated = draft.Date is not null;
                if (EventMerger.Merge(context, drafts, draft) is { Date: { } date } merged && dated)
                {
                    recent[merged.Type] = (date, recent.Count == 0 ? 0 : recent.Values.Max(r => r.Order) + 1, i);
                }
            }
        }

        return [.. drafts.Where(EventShape.Holds).Select(d => d.ToFact())];
    }

    private static IEnumerable<EventDraft> Mentions(PageContext context, int index, IReadOnlyDictionary<EventType, (string Date, int Order, int Sentence)> recent, IReadOnlyList<EventDraft> drafts)
    {
        var sentence = context.Sentences[index];
        var text = sentence.Text;
        var folded = VietnameseText.Fold(text);
        if (folded.Length != text.Length)
        {
            yield break;
        }

        if (LinkLine().IsMatch(folded))
        {
            // "Xem thêm > > > Trump gặp Ngoại trưởng Nga ...", "Đọc thêm: ...", "Tin liên quan: ...": the title of another
            // article linked from this one, not something this page reports (222 such lines in folders 000-029).
            yield break;
        }

        var found = EventTrigger.FindAll(folded);
        // "thăm" + a state is a visit only where no other visit trigger reports one: in "Tàu huấn luyện ... cập cảng Cam
        // Ranh, thăm Việt Nam từ ngày 12 đến 15/4" it names the same visit, and as a trigger of its own it would cut the
        // port call's clause off from its dates. Without a state after it, it is no trigger at all.
        IReadOnlyList<EventTrigger> hits = [.. found.Where(h => !h.StateAfter
            || (StateNamedAt(text, h.End) is not null && !found.Any(o => o.Type == EventType.Visit && !o.StateAfter)))];
        if (hits.Count == 0)
        {
            yield break;
        }

        var allDates = context.DatesOf(index);
        var references = BackReference.FindAll(folded);
        var seen = new List<(EventType Type, string? Date)>();
        // The subject of a list of meetings earlier in the sentence, for a meeting verb that continues it.
        (string Text, List<Person> People)? listSubject = null;
        for (var k = 0; k < hits.Count; k++)
        {
            var hit = hits[k];
            // "sau năm 1975", "kể từ năm 2000": a bare year after a preposition of time bounds a period;
            // it is not when the event took place (a new relation "kể từ năm 1998" is dated by it and keeps it).
            IReadOnlyList<DateMention> dates = [.. allDates.Where(d => !EventFrame.BoundYear(folded, d.Start, d.Length, hit.Type == EventType.Partnership))];
            if ((hit.Flagged && !CapitalAfter(text, hit.End)) || !EventMood.IsReported(text, folded, hit, dates, out var scheduled, out var plural))
            {
                continue;
            }

            if (EventFrame.Counted(folded, hit.Start, hit.End))
            {
                // "gặp nhau tới 9 lần kể từ năm 2016", "đã ba lần điện đàm": a series, not one event.
                continue;
            }

            var visited = hit.StateAfter ? StateNamedAt(text, hit.End) : null;
            if (hit.StateAfter && visited is null)
            {
                continue;
            }

            if (hit.Type == EventType.Aid && text.AsSpan(hit.Start).StartsWith("tăng", StringComparison.OrdinalIgnoreCase))
            {
                // Folding makes "tăng" (rise: "tăng 80%", "tăng số lượng") the "tặng" (give) of a gift: no aid.
                continue;
            }

            if (hit.Type == EventType.Aid && AidModifier().IsMatch(folded.AsSpan(Math.Max(0, hit.Start - 16), Math.Min(16, hit.Start))))
            {
                // "đội hỗ trợ y tế gồm 14 thành viên", "lực lượng hỗ trợ": the aid word modifies the noun before it (a
                // Vietnamese noun phrase is head first), naming a team or a force, not something given.
                continue;
            }

            if (hit.Type == EventType.Aid && Honour(folded, hit))
            {
                // "trao tặng Huân chương Hữu nghị", "trao tặng bức tranh cho Tổng bí thư", "giải thưởng ... do ADB trao tặng":
                // what the giving verb gives is an honour, a prize or a keepsake, not aid (facts.md: aid deliveries).
                continue;
            }

            if (hit.Type is EventType.Meeting or EventType.Visit && HomeAudience().IsMatch(folded.AsSpan(hit.End, Math.Min(50, folded.Length - hit.End))))
            {
                // "gặp gỡ đại diện cộng đồng người Việt", "thăm các cơ sở sản xuất", "gặp gỡ báo chí sau hội đàm" (5
                // in folders 000-049): a leader with compatriots, at a site or before the press, not with another side.
                continue;
            }

            if (hit.Type == EventType.Visit && EventTour.Names(folded, hit.End))
            {
                // "chuyến công du châu Á", "chuyến thăm 4 nước": a tour of several hosts, not one visit with one host.
                continue;
            }

            var (segmentStart, segmentEnd) = EventDating.Segment(text, folded, dates, hit);
            // Sides and people are read without the sentence's asides (a quotation, a clause of circumstance); the dates
            // are read on the sentence as written.
            var sides = EventAside.Blank(text, hit.Start, hit.End);
            var segment = sides[segmentStart..segmentEnd];
            var named = NameSpill(context, index, segment, segmentEnd == text.Length);
            var participants = context.PeopleIn(named);
            if (participants.Count == 0)
            {
                participants = context.PeopleIn(NameSpill(context, index, sides, true));
            }

            participants = [.. participants.Concat(context.OfficeHolders(segment)).Distinct()];
            participants = EventPeople.WithoutSpeaker(context, sides, hit, segmentStart, segmentEnd, participants);
            participants = EventPeople.OwnPredicate(context, sides, folded, hits, k, segmentStart, segmentEnd, participants);
            if (AttendanceCue().IsMatch(folded.AsSpan(Math.Max(0, hit.Start - 12), Math.Min(12, hit.Start))))
            {
                // "Tham dự hội đàm về phía Việt Nam có A; B; ...", continued by "Về phía Nga có C; D": the delegations
                // listed as attending are participants, over the semicolons of the list.
                var next = index + 1 < context.Sentences.Count ? context.Sentences[index + 1].Text : string.Empty;
                var continued = VietnameseText.Fold(next).StartsWith("ve phia ", StringComparison.Ordinal) ? " " + next : string.Empty;
                participants = [.. participants.Concat(context.PeopleIn(NameSpill(context, index, text, true) + continued)).Distinct()];
            }

            if (hit.StateAfter && !participants.Any(p => p.Country is { } country && !string.Equals(country, visited, StringComparison.Ordinal)))
            {
                // The plain verb "thăm Nga" reports a visit when a named person acting for another state is its subject:
                // "du khách thăm Nhật Bản" (tourists) is travel, and "bà X đến Việt Nam, sau đó thăm Singapore" with
                // nobody's state known would make the places the sides.
                continue;
            }

            var counterparts = hit.Type is EventType.Meeting or EventType.Call ? EventLists.Counterparts(context, text, hit, segmentEnd) : [];
            if (plural && counterparts.Count < 2)
            {
                // "các cuộc hội kiến" with no list of whom: a generic plural, never one event.
                continue;
            }

            if (hit.Type == EventType.Signing && participants.Count < 2 && PairCue().IsMatch(folded[segmentStart..segmentEnd])
                && drafts.LastOrDefault(d => d.Type is EventType.Talks or EventType.Meeting or EventType.Call) is { } occasion)
            {
                // "hai thủ tướng đã chứng kiến lễ ký": the two leaders of the talks the page reported.
                participants = [.. participants, .. context.People.Where(p => occasion.Participants.Contains(EventDraft.ParticipantName(p.Name), StringComparer.Ordinal))];
                participants = [.. participants.Distinct()];
            }

            if (hit.Type is EventType.Talks or EventType.Meeting or EventType.Call && participants.Count < 2)
            {
                // "hai nhà lãnh đạo Hàn Quốc và Triều Tiên có cuộc gặp", "Ngay sau lễ đón, hai Thủ tướng đã hội đàm": the
                // pair names the two leaders of the sides.
                var dayInClause = dates.Any(d => d.Start >= segmentStart && d.Start < segmentEnd && (d.Value is { DayPrecise: true } || d.Value is { IsRange: true, Start.DayPrecise: true }));
                participants = EventPeople.PairOfLeaders(context, segment, hit.Start - segmentStart, hit.End - segmentStart, dayInClause, drafts, participants);
            }

            if (Anaphoric().IsMatch(folded.AsSpan(hit.End)) || PointsBack(text, references, hit, drafts, dates))
            {
                // "cuộc hội đàm này", "Tại hội đàm, ...": the event already reported, not a new one.
                yield return new EventDraft(hit.Type, null, ActorFinder.Of(segment, participants), [.. participants.Select(p => EventDraft.ParticipantName(p.Name))], null, text, sentence.Start) { Anaphora = true };
                continue;
            }

            // Between the neighbouring triggers: "thiết lập quan hệ năm 2001 và nâng cấp quan hệ năm 2012". Triggers
            // that stand side by side ("hội nghị thượng đỉnh") are one phrase: a date after the phrase is its first
            // word's too, and an anchor before the phrase anchors its last word (EventDating.Run).
            var (first, last) = EventDating.Run(folded, hits, k);
            var head = hits[first];
            var regionStart = Math.Max(segmentStart, k > 0 ? hits[k - 1].End : 0);
            var subjectStart = regionStart;
            var regionEnd = Math.Min(segmentEnd, last + 1 < hits.Count ? hits[last + 1].Start : text.Length);
            if (k > 0)
            {
                // A date between two triggers follows the earlier one when that one has none before it.
                var previousStart = k > 1 ? hits[k - 2].End : 0;
                if (!dates.Any(d => d.Start >= previousStart && d.Start < hits[k - 1].Start))
                {
                    regionStart = Math.Max(regionStart, hit.Start);
                }
            }

            var anchor = AnchorCue().IsMatch(folded.AsSpan(Math.Max(segmentStart, head.Start - 40), head.Start - Math.Max(segmentStart, head.Start - 40)));
            if (anchor)
            {
                // "kể từ sau cuộc gặp ...", "trước hội nghị thượng đỉnh ...": the event is a time anchor of another
                // clause; the clause's own date is not its date, only one written inside its phrase is.
                var phraseEnd = text.IndexOfAny([',', ';'], hit.End);
                regionStart = head.Start;
                regionEnd = Math.Min(regionEnd, phraseEnd < 0 ? text.Length : phraseEnd);
                segmentStart = head.Start;
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
                var date = EventDating.NearestDate(text, folded, regionDates, hit);
                var earlier = EventDating.EarlierNounDates(folded, hits, first, dates);
                if (EventDating.Coarse(date))
                {
                    // A bare year is background; a day or month elsewhere in the clause dates the event better.
                    // A date after a later trigger of the same kind is that one's ("chuyến thăm của A, tiếp nối chuyến
                    // thăm của B vào tháng 9/2018").
                    var sameNext = hits.Skip(last + 1).FirstOrDefault(h => h.Type == hit.Type
                        && !EventMood.PluralCue().IsMatch(folded.AsSpan(Math.Max(0, h.Start - 20), Math.Min(20, h.Start))));
                    var clauseEnd = sameNext is null ? segmentEnd : Math.Min(segmentEnd, sameNext.Start);
                    var clauseDates = dates.Where(d => d.Start >= segmentStart && d.Start < clauseEnd && !earlier.Contains(d)).ToList();
                    // A day of another year than the bare year found is another event's (see NearestDate).
                    var year = date;
                    date = EventDating.NearestDate(text, folded, clauseDates.Where(d => d.Value is { Coarse: false } && !EventDating.OtherYear(d.Iso, year)).ToList(), hit)
                        ?? date
                        ?? EventDating.NearestDate(text, folded, clauseDates, hit)
                        ?? (anchor ? null : EventDating.NearestDate(text, folded, [.. dates.Where(d => (sameNext is null || d.Start < sameNext.Start) && !earlier.Contains(d))], hit));
                }

                // "bắt đầu chuyến thăm Việt Nam kéo dài đến ngày 26/5": the day is where the visit ends, not its date.
                date = EventSpan.Until(text, dates, hit, segmentStart, date);
                date = EventSpan.Lasting(text, dates, hit, segmentStart, segmentEnd, date);
                if (EventDating.Coarse(date) && EventDating.SameDay(context, index, folded[segmentStart..segmentEnd], recent) is { } sameDay
                    && (date is null || PartialDate.Within(sameDay, date)))
                {
                    // "Chiều cùng ngày, Thủ tướng hội kiến ...": the day the page last named.
                    date = sameDay;
                }

                var inherited = false;
                // A dated event noun coordinated before this one ("trong hội nghị ... hồi tháng 4 và cuộc gặp ...") is a
                // sibling occasion, not the frame this one happened in.
                if (!scheduled && earlier.Count == 0 && EventDating.Coarse(date) && EventDating.Referent(context, index, references, recent, hit, segmentStart, segmentEnd) is { } referent
                    && (date is null || PartialDate.Within(referent, date)))
                {
                    // "Trong chuyến thăm, hai bên đã ký ...": the signing happened within the visit the page dated.
                    date = referent;
                    inherited = true;
                }

                if (EventDating.Coarse(date) && EventDating.CaptionDate(text, hit.Type, drafts) is { } shown
                    && (date is null || PartialDate.Within(shown, date)))
                {
                    // "Putin (phải) và Kim Jong-un hội đàm tại Đại học Liên bang Viễn Đông": the talks the page dated.
                    date = shown;
                }

                if (date is not null && (EventFrame.TalkedAbout(folded, hit.Start) || ObjectOfTalk(text, folded, hit)) && !OwnPhraseDates(text, dates, hit).Contains(date, StringComparer.Ordinal))
                {
                    // "triển khai kết quả chuyến thăm Mỹ của Thủ tướng", "kể từ khi hai nước thiết lập quan hệ": the event
                    // talked about is dated only by a date inside its own phrase; the clause's date is the talk's.
                    date = null;
                    inherited = false;
                }

                var givers = hit.Type == EventType.Aid ? EventLists.Givers(text[subjectStart..hit.Start]) : [];
                var hosts = hit.Type == EventType.Meeting && counterparts.Count < 2 ? EventLists.Hosts(context, text, folded, hit, subjectStart) : [];
                if (counterparts.Count >= 2)
                {
                    // "hội kiến Tổng bí thư A, Thủ tướng B và Chủ tịch Quốc hội C": one meeting per counterpart.
                    // After an earlier trigger the subject starts past that trigger's object: in "ngoài cuộc gặp Tổng thống
                    // Mỹ, Thủ tướng A còn có các cuộc gặp với B, C" the United States is the first meeting's side only.
                    var comma = k > 0 ? text.IndexOf(',', subjectStart, hit.Start - subjectStart) : -1;
                    var subjectText = text[(comma < 0 ? subjectStart : comma + 1)..hit.Start];
                    var subject = context.NamedIn(subjectText);
                    foreach (var (item, people) in counterparts)
                    {
                        instances.Add((date, [.. subject.Concat(people).Distinct()]));
                        actorTexts.Add(subjectText + " " + item);
                    }

                    listSubject = (subjectText, subject);
                }
                else if (hit.Type == EventType.Meeting && listSubject is { } earlierList
                    && EventLists.Counterparts(context, text, hit, segmentEnd, 1) is [var (item, people)] && people.Count > 0)
                {
                    // "chào xã giao Tổng Bí thư A, Chủ tịch nước B, hội kiến Chủ tịch Quốc hội C": the verb after the list
                    // has the list's subject and its own host.
                    instances.Add((date, [.. earlierList.People.Concat(people).Distinct()]));
                    actorTexts.Add(earlierList.Text + " " + item);
                }
                else if (hosts.Count >= 2)
                {
                    // "Tổng Bí thư A và Thủ tướng B đã lần lượt tiếp X": one meeting per host, each with the guest.
                    var all = hosts.SelectMany(h => h).ToList();
                    foreach (var host in hosts)
                    {
                        instances.Add((date, [.. host.Concat(participants.Where(p => !all.Contains(p))).Distinct()]));
                        actorTexts.Add(segment);
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
                    instances.Add((date, hit.Type == EventType.Visit ? EventVisitors.Visitors(context, text, subjectStart, hit, segmentEnd, participants, VisitedAfter(text, hit.End)) : participants));
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

                if (Build(context, index, folded, hit, date, people, actorText ?? segment, actorText is not null, sides) is { } draft)
                {
                    // Only a built event stands for its type and date in the sentence: in "cập cảng Tiên Sa, bắt đầu chuyến
                    // thăm hữu nghị thành phố Đà Nẵng" the first trigger names no host, the second one does.
                    seen.Add((hit.Type, date));
                    draft.Inherited = inheritedDate;
                    // An undated mention that is the object of talk ("đề cập tới cuộc gặp thượng đỉnh", "kết quả hội đàm",
                    // "thành công của Hội nghị") or a meeting or visit that names nobody taking part is commentary on an
                    // event, not a report of one: it adds to an event the page reports, and stands for none by itself.
                    // Aid, signings and new relations are reported between states without people.
                    draft.Background = date is null && (anchor || (draft.Participants.Count == 0 && hit.Type is not (EventType.Aid or EventType.Signing or EventType.Partnership)) || TopicCue().IsMatch(folded.AsSpan(Math.Max(0, hit.Start - 30), Math.Min(30, hit.Start)))
                        || EventFrame.Quoted(text, hit.Start) || EventFrame.TalkedAbout(folded, hit.Start)
                        || NominalClause().IsMatch(folded.AsSpan(Math.Max(0, hit.Start - 40), Math.Min(40, hit.Start))));
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
    private static bool PointsBack(string text, IReadOnlyList<BackReference> references, EventTrigger hit, IReadOnlyList<EventDraft> drafts, IReadOnlyList<DateMention> dates)
    {
        if (hit.Type is not (EventType.Talks or EventType.Meeting or EventType.Call or EventType.Conference)
            || !references.Any(r => r.Start <= hit.Start && r.End >= hit.End)
            || !drafts.Any(d => d.Type == hit.Type))
        {
            return false;
        }

        var comma = text.IndexOfAny([',', ';'], hit.End);
        var phraseEnd = comma < 0 ? text.Length : comma;
        return !dates.Any(d => d.Start >= hit.End && d.Start < phraseEnd);
    }

    /// <summary>
    /// True when the event is what a sentence talks about, not what it reports: the object of a preposition or noun of
    /// topic ("thảo luận về hội nghị thượng đỉnh tiếp theo", "sự thành công của hội nghị", "thông tin xác nhận về hội
    /// nghị thượng đỉnh ... được đưa ra hôm 28/6") or a word inside a direct quotation ("“... các quan chức sẽ tới thăm Đài
    /// Loan”"). Session 12 counted such dated events wrong in the corpus: the clause's date is when it was talked about
    /// (grammar: the event noun is an object, or quoted speech). Narrower than <c>TopicCue</c>, whose "từng", "khi", "là",
    /// "tới", "cho" also stand before events reported with the clause's date ("Kim từng gặp ... tháng 6/2016", "tới thăm").
    /// </summary>
    private static bool ObjectOfTalk(string text, string folded, EventTrigger hit)
    {
        try
        {
            return DatedTopicCue().IsMatch(folded.AsSpan(Math.Max(0, hit.Start - 30), Math.Min(30, hit.Start))) || EventFrame.Quoted(text, hit.Start);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when the thing an aid word gives is an honour, a prize or a keepsake: its object after the trigger ("trao tặng
    /// Huân chương", "trao tặng bức tranh", "tặng sách") or, in a passive or relative clause, the noun before it in the same
    /// clause ("Huân chương ... do Chủ tịch nước trao tặng", "bức tranh ... đã được trao tặng tới Thủ tướng"). Grammar: the
    /// object of "trao tặng"/"tặng" names what is given; study folders 300-449 and 500-649 had 9 base aid records so made
    /// (medals, awards, paintings, books, a sword of honour), none a delivery of aid.
    /// </summary>
    private static bool Honour(string folded, EventTrigger hit)
    {
        try
        {
            var after = folded[hit.End..Math.Min(folded.Length, hit.End + 40)];
            var clauseStart = folded.LastIndexOfAny([',', ';', ':', '(', '.'], Math.Max(0, hit.Start - 1)) + 1;
            var before = folded[Math.Max(clauseStart, hit.Start - 80)..hit.Start];
            return HonourAfter().IsMatch(after) || HonourNoun().IsMatch(before);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The dates written inside the trigger's own phrase: from the trigger to the next comma or semicolon.</summary>
    private static IEnumerable<string> OwnPhraseDates(string text, IReadOnlyList<DateMention> dates, EventTrigger hit)
    {
        var stop = text.IndexOfAny([',', ';'], hit.End);
        var end = stop < 0 ? text.Length : stop;
        return dates.Where(d => d.Start >= hit.Start && d.Start < end).Select(d => d.Iso);
    }

    /// <summary>The actors a conference's name gives ("hội nghị thượng đỉnh G20", "Hội nghị Cấp cao ASEAN - Úc"), up to its place or verb.</summary>
    private static List<string> ConferenceName(string text, EventTrigger hit)
    {
        try
        {
            var tail = text[hit.Start..Math.Min(text.Length, hit.Start + 80)];
            var stop = NameEnd().Match(tail, Math.Min(tail.Length, hit.Length));
            return ActorFinder.InText(stop.Success ? tail[..stop.Index] : tail);
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>
    /// The people a sentence names only as the source of what it reports ("Theo ông Ushakov, Tổng thống Putin sẽ ...",
    /// "theo Bộ trưởng A,"): the one who tells of an event, not one who takes part in it (grammar: "theo X," is an
    /// adverbial of source).
    /// </summary>
    private static List<Person> SourceOnly(PageContext context, string text)
    {
        try
        {
            var matches = SourceCue().Matches(text);
            if (matches.Count == 0)
            {
                return [];
            }

            var rest = SourceCue().Replace(text, m => new string(' ', m.Length));
            var named = context.PeopleIn(rest);
            return [.. matches.SelectMany(m => context.PeopleIn(m.Value)).Where(p => !named.Contains(p)).Distinct()];
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
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

    // sides: the sentence with its asides blanked (EventAside), as the caller read participants from it.
    private static EventDraft? Build(PageContext context, int index, string folded, EventTrigger hit, string? date, List<Person> participants, string segment, bool split, string sides)
    {
        var sentence = context.Sentences[index];
        var text = sentence.Text;
        // A spokesperson, analyst or source who tells of the event takes no part in it, so acts for no side: filtered
        // before the sides are read from the people ("người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho rằng việc Trump
        // và Kim gặp gỡ tại Hà Nội ..." is no Vietnamese side of the summit).
        participants = [.. participants.Where(p => p.Title is null || !Commentator().IsMatch(VietnameseText.Fold(p.Title)))];
        if (SourceOnly(context, text) is { Count: > 0 } sources)
        {
            participants = [.. participants.Where(p => !sources.Contains(p))];
        }

        // The actors a conference's own name gives, read once for the two tests below that need them.
        var named = hit.Type == EventType.Conference ? ConferenceName(text, hit) : [];
        if (NotCooperation(hit, date, folded, participants.Count, named.Count > 0))
        {
            return null;
        }

        // A title in quotation marks names a topic ("hội thảo “Cơ hội ... khi hiệp định TPP có hiệu lực”"): the states
        // and blocs inside it are talked about, not present.
        var actors = ActorFinder.Of(Untitled(hit, segment), participants);
        if (!ActorFinder.HasForeign(actors) && !split)
        {
            actors = ActorFinder.Of(Untitled(hit, sides), participants);
        }

        if (hit.Type is EventType.Talks or EventType.Meeting or EventType.Call or EventType.Visit or EventType.Signing && actors.Any(ActorFinder.IsState)
            && actors.Any(a => !string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal) && ActorFinder.IsState(a)))
        {
            // Bilateral talks between states: a bloc the sentence names ("Hiệp định Việt Nam - EU") is a topic, not a
            // side, unless one of the people acts for it.
            actors.RemoveAll(a => !ActorFinder.IsState(a) && !participants.Any(p => string.Equals(p.Country, a, StringComparison.Ordinal)));
        }

        var paired = EventSides.Paired(hit.Type, named);
        if (paired)
        {
            // "hội nghị thượng đỉnh Mỹ - Triều", "thượng đỉnh liên Triều": the two states the name pairs are its sides.
            actors = [.. named];
            participants = [.. participants.Where(p => p.Country is null || named.Contains(p.Country, StringComparer.Ordinal))];
        }
        else if (named.Count > 0)
        {
            // "Hội nghị thượng đỉnh G20 ở Osaka", "Hội nghị Cấp cao ASEAN - Úc": the meeting's name says who holds it,
            // the people named say who came; the states a speaker talks about there are no members.
            actors = [.. named.Concat(participants.Select(p => p.Country).OfType<string>()).Distinct(StringComparer.Ordinal)];
        }

        actors = EventSpeech.WithoutSaid(hit.Type, text, hit.End, participants, actors);
        var borrowed = false;
        if (!ActorFinder.HasForeign(actors))
        {
            // Multilateral meetings are named with their members, aid with its giver; a bare "hội nghị" or "hỗ trợ"
            // is as often domestic. A meeting nobody is named at, with no state named, is a private one.
            if (hit.Type is EventType.Conference or EventType.Aid || (hit.Type is EventType.Meeting or EventType.Visit or EventType.Call && participants.Count == 0)
                || HomeCounterpart(text, folded, hit) || context.NearbyForeign(index) is not { } nearby)
            {
                return null;
            }

            actors.Add(nearby);
            borrowed = true;
        }

        if (hit.Type == EventType.Aid && date is null && !DateLike().Replace(segment, " ").Any(char.IsAsciiDigit))
        {
            // An aid record is a delivery (facts.md "aid deliveries"): with neither a date nor an amount the clause
            // speaks of aid as a policy or a field ("Mỹ viện trợ quân sự cho Philippines được cho là ...", "viện trợ
            // phát triển"), not of something given.
            return null;
        }

        if (hit.Type == EventType.Conference && date is null && participants.Count == 0)
        {
            // "trên các diễn đàn Liên hợp quốc": a setting, not a meeting that took place.
            return null;
        }

        if (EventSides.OnlyItsVenue(hit.Type, sides, participants, actors))
        {
            // "Diễn đàn Xiangshan được tổ chức tại Bắc Kinh năm 2016": where it was held, not who held it.
            return null;
        }

        var lendVietnam = !actors.Contains(ActorFinder.Vietnam, StringComparer.Ordinal) && context.AboutVietnam
            && (context.NamesVietnamese || participants.Count == 0)
            && actors.Count(a => !string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal)) == 1;
        // "Hội nghị thượng đỉnh EU về Brexit", "hội nghị thượng đỉnh G7 ở Hamburg": the bloc its name gives holds it alone.
        var bloc = lendVietnam && EventSides.HeldByBloc(hit.Type, named, actors);
        if (lendVietnam && !bloc)
        {
            // Vietnam is the unnamed other side only on a page where a Vietnamese person takes part: on a world-news page
            // that names Vietnam only as a venue or an example ("cuộc gặp Trump - Kim" on a page recalling the Hanoi
            // summit, "Trump có chuyến công du tới một loạt nước Đông Á"), the foreign leader's event has its own other
            // side, which the sentence leaves unnamed.
            actors.Add(ActorFinder.Vietnam);
        }

        actors = EventSides.Trim(hit.Type, segment, participants, actors);
        if (!split && SubjectPair.Of(hit.Type, text, hit.Start, actors) is { } pair)
        {
            // "trước đó Nga và Thổ Nhĩ Kỳ đã ký thoả thuận": the verb's coordinated subject names the sides, and a person
            // of another state (the main clause's subject) takes no part.
            actors = pair;
            participants = [.. participants.Where(p => p.Country is null || pair.Contains(p.Country, StringComparer.Ordinal))];
        }

        string? visitedState = null;
        if (hit.Type == EventType.Visit && !split)
        {
            var visited = visitedState = VisitedAfter(text, hit.End);
            if (string.Equals(visited, ActorFinder.Vietnam, StringComparison.Ordinal) && !actors.Contains(visited, StringComparer.Ordinal))
            {
                // "cập cảng Cam Ranh", "chuyến thăm hữu nghị thành phố Đà Nẵng": a place of Vietnam visited makes
                // Vietnam the host, on a page that never writes "Việt Nam".
                actors.Add(ActorFinder.Vietnam);
            }

            // The states that name the visitor stand in the visitor's own clause: in "Telesur, do Venezuela, Cuba ... tài
            // trợ, nhấn mạnh việc nguyên Chủ tịch nước A thăm Cuba" the states before the last comma are another clause's.
            var clauseStart = text.LastIndexOfAny([',', ';', ':'], Math.Max(0, hit.Start - 1)) + 1;
            actors = EventSides.Visit(visited, participants, ActorFinder.InText(text[Math.Min(clauseStart, hit.Start)..hit.Start]), actors);
        }

        if (actors.Count < 2 && !bloc)
        {
            // An event has two sides at least (a conference its members or host): "Tillerson đang trong chuyến công du"
            // with one state named is a trip the page does not place, not a diplomatic event.
            return null;
        }

        return new EventDraft(hit.Type, date, actors, [.. participants.Select(p => EventDraft.ParticipantName(p.Name)).Distinct(StringComparer.Ordinal)], Place(text), text, sentence.Start) { Borrowed = borrowed, Split = split, Paired = paired, Visited = visitedState, Together = hit.Type == EventType.Visit && JointCue().IsMatch(folded.AsSpan(Math.Max(0, hit.Start - 16), Math.Min(16, hit.Start))), Verbal = Verbal(folded, hit) };
    }

    /// <summary>
    /// True when the clause reports no act between states (facts.md: the sides are states, their officials or
    /// international organisations): a signing whose subject is a company, names no official and is witnessed by none
    /// ("dưới sự chứng kiến của lãnh đạo hai nước" keeps it: the states take part) ("Vietjet và Công ty
    /// Cảng hàng không ... ký kết thoả thuận", "nhiều Tập đoàn, công ty ... đã ký"); an undated conference whose name
    /// gives no member, only where a speaker spoke ("phát biểu tại hội thảo": the setting of a statement, grammar: "tại"
    /// + place; "phát biểu tại Hội nghị thượng đỉnh G20" names a meeting of states and stays); aid that is
    /// a sale ("chuyển giao 24 máy bay ... trong một hợp đồng trị giá"): a contract is bought, not given.
    /// </summary>
    private static bool NotCooperation(EventTrigger hit, string? date, string folded, int participants, bool named)
    {
        try
        {
            var clauseStart = folded.LastIndexOfAny([',', ';', ':'], Math.Max(0, hit.Start - 1)) + 1;
            var subject = folded[Math.Min(clauseStart, hit.Start)..hit.Start];
            return hit.Type switch
            {
                EventType.Signing => participants == 0 && Business().IsMatch(subject) && !folded.Contains("chung kien", StringComparison.Ordinal),
                EventType.Conference => date is null && !named && SpeechSetting().IsMatch(folded[Math.Max(0, hit.Start - 30)..hit.Start]),
                EventType.Aid => Sale().IsMatch(folded[hit.Start..Math.Min(folded.Length, hit.End + 120)]),
                _ => false,
            };
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when the trigger is the verb of a clause that reports the event ("đã tiếp", "cũng hội kiến", "chào xã giao",
    /// "có cuộc gặp với"), false when it is the noun under a classifier ("cuộc gặp giữa ông Trump và ông Kim", "cuộc gặp
    /// mặt đầu tiên của mình với Trump"), which names an event to talk about it: only "có" + classifier + noun is the
    /// light-verb report (grammar: "có cuộc gặp" = "met").
    /// </summary>
    private static bool Verbal(string folded, EventTrigger hit)
    {
        var before = folded[Math.Max(0, hit.Start - 20)..hit.Start];
        var classifier = folded.AsSpan(hit.Start).StartsWith("cuoc ", StringComparison.Ordinal) || folded.AsSpan(hit.Start).StartsWith("buoi ", StringComparison.Ordinal)
            || before.EndsWith("cuoc ", StringComparison.Ordinal) || before.EndsWith("buoi ", StringComparison.Ordinal);
        return !classifier || LightVerb().IsMatch(before.EndsWith("cuoc ", StringComparison.Ordinal) || before.EndsWith("buoi ", StringComparison.Ordinal) ? before[..^5] : before);
    }

    /// <summary>A conference's clause with its quoted titles blanked: a title names the topic, not who takes part.</summary>
    private static string Untitled(EventTrigger hit, string text)
    {
        try
        {
            if (hit.Type != EventType.Conference)
            {
                return text;
            }

            // A seminar on an agreement ("hội thảo cập nhật Hiệp định thương mại tự do Việt Nam - EU") has the agreement
            // as its topic: the parties its title names are not the seminar's sides.
            var unquoted = QuotedTitle().Replace(text, m => new string(' ', m.Length));
            return DocumentTitle().Replace(unquoted, m => new string(' ', m.Length));
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    /// <summary>
    /// True when the other side named after "với" is Vietnamese ("buổi làm việc với đoàn Chủ tịch Mặt trận Tổ quốc Việt
    /// Nam", "làm việc với lãnh đạo tỉnh Quảng Ninh") and the clause names no foreign side: a domestic meeting, to which
    /// no foreign side of the sentences around may be lent (grammar: "với" introduces the counterpart).
    /// </summary>
    private static bool HomeCounterpart(string text, string folded, EventTrigger hit)
    {
        try
        {
            var with = folded.IndexOf("voi ", Math.Max(0, hit.End - 4), StringComparison.Ordinal);
            if (with < 0 || with > hit.End + 12)
            {
                return false;
            }

            // A full stop inside a sentence ends an abbreviation ("lãnh đạo TP. HCM"), not the counterpart.
            var stop = text.IndexOfAny([',', ';'], with);
            var counterpart = text[with..(stop < 0 ? text.Length : stop)];
            return ActorFinder.InText(counterpart).Contains(ActorFinder.Vietnam, StringComparer.Ordinal) || GazetteerData.Places.FindAll(counterpart).Count > 0;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The state (or the capital standing for its government) named right at <paramref name="end"/>, or null.</summary>
    private static string? StateNamedAt(string text, int end)
    {
        var start = end;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var window = text[start..Math.Min(text.Length, start + 40)];
        return GazetteerData.FindActors(window).FirstOrDefault(m => m.Start == 0 && ActorFinder.IsState(m.Entry.Value))?.Entry.Value;
    }

    /// <summary>The state a visit trigger names as visited: "chuyến thăm Nga", "thăm chính thức tới Việt Nam", "công du sang Nhật Bản".</summary>
    private static string? VisitedAfter(string text, int end)
    {
        try
        {
            var skip = VisitFiller().Match(VietnameseText.Fold(text[end..Math.Min(text.Length, end + 60)]));
            var at = end + (skip.Success ? skip.Length : 0);
            // A place of Vietnam is a proper name, capitalised within its first words ("thành phố Đà Nẵng", "cảng Cam
            // Ranh"): "chuyến thăm ba ngày tới miền bắc" (North Korea, for a South Korean visitor) names none.
            return StateNamedAt(text, at)
                ?? (CapitalWithin(text, at, 16) ? EventSides.VietnamesePlaceAt(text, at) : null);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool CapitalWithin(string text, int start, int length)
    {
        for (var i = start; i < Math.Min(text.Length, start + length); i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
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

    private static string? Place(string text) => EventPlace.Of(text);

    // Words between a visit's trigger and the state visited: its kind, the preposition of direction, and a pronoun
    // visitor ("chuyến thăm của ông tới Triều Tiên": 5 uses in folders 000-399). Also the noun's ordinal and length
    // ("chuyến thăm lần thứ ba tới Trung Quốc", "chuyến thăm thứ hai đến Trung Quốc", "chuyến công du 3 ngày tới Nhật",
    // "chuyến thăm kéo dài 6 ngày tới ...") and a manner ("bất ngờ", "đột ngột", "không báo trước", "cấp cao"): grammar,
    // a numeral or adjective modifier follows the head noun and comes before its complement of direction (about 20 such
    // phrases in study folders 300-349 and 500-549; the visit's host, named later, was added to the guest's visit).
    [GeneratedRegex(@"^\s*(?:(?:cua (?:ong|ba|ngai)|chinh thuc|cap nha nuoc|cap cao|lam viec|huu nghi|ngoai giao|dau tien|lich su|bat ngo|dot ngot|khong bao truoc|(?:lan )?thu (?:hai|ba|tu|nam|sau|bay|tam|chin|muoi|\d+)|lan (?:nay|hai|ba|tu|nam|\d+)|(?:keo )?(?:dai )?(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) ngay|toi|den|sang|va)\s+){0,5}", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex VisitFiller();

    // "cùng đến thăm", "cùng thăm", "cùng tới thăm": the subjects visit jointly (grammar: "cùng" before the verb makes its
    // subjects co-agents), so a host among them is a participant of the visit, not only its receiver.
    [GeneratedRegex(@"\bcung (?:(?:den|toi|sang|di) )?(?:(?:tham|vieng) )?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex JointCue();

    [GeneratedRegex(@"^\s*(?:(?:go|mat|va|voi|cung|tham|toi|den|lai|tai)\s+)*(?:(?:dai dien|dong dao|cac|nhung|mot so)\s+)*(?:cong dong|kieu bao|ba con|nguoi dan|sinh vien|can bo|nhan vien|co so|nha may|khu cong nghiep|cu tri|nguoi hau thuan|nguoi ung ho|nguoi bieu tinh|phe doi lap|thu linh doi lap|nha hoat dong|binh si|quan nhan|thuy thu|bao chi|bao gioi|phong vien)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex HomeAudience();

    // A noun or preposition that makes the event what is talked about: "về", "tới", "của", "kết quả", "thành công",
    // "nỗ lực cứu vãn", "chi tiết", "địa điểm", "ủng hộ", "đề cập", "như" (each a grammatical head of an object); the
    // cause, judgement or comparison an event is the object of ("vì cuộc gặp", "coi cuộc gặp thượng đỉnh là", "ca ngợi
    // hội nghị", "khác với thượng đỉnh lần 1"); "từng" (once, ever), a past experience rather than a report; "việc" (the
    // nominaliser: "Việc ký kết thoả thuận TPP ... là một cột mốc") and "phản đối" (protest against) make the event a topic.
    [GeneratedRegex(@"\b(?:ve|toi|cua|cho|ket qua|thanh cong|that bai|no luc|cuu van|ung ho|chi tiet|dia diem|boi canh|de cap|nhac den|nhac toi|lien quan den|lien quan toi|y nghia|nhu|la|khi|vi|coi|ca ngoi|chi trich|khac voi|so voi|tung|viec|phan doi)\s+(?:(?:cac|nhung|mot|hai|ca)\s+)?(?:(?:cuoc|chuyen|buoi|le|phien)\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex TopicCue();

    // The topic cues of TopicCue that never introduce a reported event: "về", "của", the nouns of result, effort and
    // judgement, "việc", "phản đối", also before the head noun a second trigger follows ("về hội nghị thượng đỉnh"); not the "của" of a day of the event ("ngày làm việc thứ hai của hội nghị", "ngày làm việc chính thức của"), a time.
    [GeneratedRegex(@"\b(?:ve|(?<!\bngay(?: [a-z]+){0,6} )cua|ket qua|thanh cong|that bai|no luc|cuu van|hoi sinh|ung ho|chi tiet|dia diem|de cap|nhac den|nhac toi|lien quan den|lien quan toi|y nghia|coi|ca ngoi|chi trich|khac voi|so voi|viec|phan doi)\s+(?:(?:cac|nhung|mot|hai|ca)\s+)?(?:(?:cuoc|chuyen|buoi|le|phien)\s+)?(?:(?:hoi nghi|gap|hop)\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DatedTopicCue();

    [GeneratedRegex(@"(?:^|[\s(])(?:\p{Lu}\p{Ll}?\.){1,3}\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex TrailingInitial();

    // A conference's name ends at punctuation or at the first word of place, time or predicate after it.
    [GeneratedRegex(@"[,;.(:""“”]|\s(?:[Hh]iệp định|[Hh]iệp ước|tại|ở|diễn ra|vào|ngày|hôm|sáng|chiều|tối|được|đã|sẽ|với|về|nhằm|để|khi|sau|trước|do|của|giữa|là)\s", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NameEnd();

    // Years and day/month dates: numbers that say when, not how much.
    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"(?:^|[,;:]\s*|\s)[Tt]heo (?:(?:ông|bà|ngài)\s+)?\p{Lu}[^,;:.]{0,60},", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SourceCue();

    [GeneratedRegex(@"\b(?:phat ngon|thu ky bao chi|chuyen gia|nha phan tich|giao su|pho giao su|phong vien|nha bao|nha nghien cuu|bien tap)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Commentator();

    [GeneratedRegex(@"\btham (?:du|gia) (?:cuoc |buoi )?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AttendanceCue();

    [GeneratedRegex(@"\bhai (?:thu tuong|nha lanh dao|lanh dao|bo truong|chu tich nuoc|chu tich|tong thong|nguyen thu|ngoai truong)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PairCue();

    // Also the temporal subordinate clause "sau khi hai nước ký kết một hiệp ước, ...": its event dates the main clause
    // (grammar: "sau khi"/"kể từ khi" + clause), within the 40 letters read before the trigger. Not "trước khi" nor a
    // clause of "bắt đầu"/"kết thúc": "nói ngày 18/9, trước khi bắt đầu cuộc gặp" is the same day as the meeting.
    [GeneratedRegex(@"\b(?:(?:truoc|sau|ke tu|ke tu sau|truoc them|sau khi ket thuc|ke tu khi)\s+(?:(?:cac|nhung|mot|nhieu) )?(?:cuoc |chuyen |buoi |le |phien |su kien )?|(?:sau|ke tu) khi (?!.*\b(?:bat dau|ket thuc)\b)[^,;:]{1,30}\s)$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AnchorCue();

    [GeneratedRegex(@"^\s*(?:xem them|doc them|tin lien quan|xem tiep|tin cung chuyen muc)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LinkLine();

    // Business subjects (171 "Công ty/Tập đoàn/doanh nghiệp ... ký kết thoả thuận/hợp đồng" in folders 000-499).
    // Investors and contractors are private parties too ("các nhà đầu tư Mỹ đã ký các ghi nhớ hợp tác cùng TP Đà Nẵng",
    // "nhà thầu ... ký hợp đồng"; facts.md: the sides are states, their officials or international organisations).
    [GeneratedRegex(@"(?:^|\s)(?:cong ty|tap doan|doanh nghiep|hang hang khong|nha dau tu|nha thau)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Business();

    // A statement's setting: "phát biểu tại (một) hội thảo" (493 uses in folders 000-499 with hội thảo/hội nghị/diễn đàn).
    [GeneratedRegex(@"\b(?:phat bieu|noi|cho biet|tuyen bo|khang dinh|nhan dinh)\s+(?:tai|o|truoc)\s+(?:(?:mot|cac|nhung)\s+)?(?:cuoc |buoi )?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SpeechSetting();

    // A sale: "trong một hợp đồng", "thương vụ", "mua", "bán" in the clause that follows a transfer.
    [GeneratedRegex(@"\b(?:hop dong|thuong vu|mua|ban cho)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Sale();

    [GeneratedRegex(@"[“""][^”""]{3,200}[”""]", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex QuotedTitle();

    // An agreement's title up to the end of its phrase: "Hiệp định thương mại tự do Việt Nam - EU (EVFTA)".
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:[Hh]iệp định|[Hh]iệp ước)\s[^,;.()]{0,100}", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DocumentTitle();

    // A noun the aid word modifies: "đội hỗ trợ", "nhóm hỗ trợ", "lực lượng hỗ trợ", "nhân viên hỗ trợ", "quỹ hỗ trợ"
    // (not "chương trình hỗ trợ 10 triệu USD", which announces aid).
    [GeneratedRegex(@"\b(?:doi|nhom|luc luong|nhan vien|trung tam|van phong|co quan|quy|don vi)\s+$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AidModifier();

    // "Việc Việt Nam đã ký Hiệp định FTA với ... đã tạo vị thế": "việc" nominalises the clause after it, subject
    // included, so the event is the topic of the sentence (the session-9 rule for "việc" right before the event word,
    // over a subject of up to five words). "làm việc", "công việc", "sự việc", "vụ việc" are other nouns.
    [GeneratedRegex(@"(?<!\b(?:lam|cong|su|vu) )\bviec\s+(?:[^\s,;:.]+\s+){1,5}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NominalClause();

    // Honours, prizes and keepsakes (see Honour): the noun right after the giving verb, past a count or "cho"/"tới" + whom.
    [GeneratedRegex(@"^\s*(?:(?:them|cac|nhung|mot|hai|ba|\d+)\s+)?(?:huan chuong|huy chuong|ky niem chuong|danh hieu|bang khen|giay khen|giai thuong|giai|phan thuong|buc tranh|tranh|sach|qua tang|phan qua|mon qua|ky vat|thanh kiem|bao vat|cup|ky niem)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex HonourAfter();

    [GeneratedRegex(@"\b(?:huan chuong|huy chuong|ky niem chuong|danh hieu|bang khen|giay khen|giai thuong|phan thuong|buc tranh|mon qua|ky vat|thanh kiem|bao vat)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex HonourNoun();

    // "có cuộc gặp", "đã có cuộc hội kiến", "vừa có buổi tiếp": the light verb "có" makes the classified noun the report.
    [GeneratedRegex(@"\bco (?:(?:mot|hai|cac) )?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LightVerb();

    [GeneratedRegex(@"^ (?:nay|do|ay|tren)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Anaphoric();

}
