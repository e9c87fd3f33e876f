using HopTac.Core.Extraction.Dates;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// One record per event (facts.md): folds a new mention into the record of the same event (same type, a foreign side in
/// common, compatible dates), keeps apart the events a sentence lists, and drops mentions that report nothing new.
/// </summary>
internal static class EventMerger
{
    /// <summary>Adds or folds in a mention; returns the record it became part of, null when it was dropped.</summary>
    internal static EventDraft? Merge(PageContext context, List<EventDraft> drafts, EventDraft draft)
    {
        if (draft.Borrowed && draft.Date is null
            && drafts.FirstOrDefault(d => d.Type == draft.Type) is { } first)
        {
            // "Chuyến thăm diễn ra trong bối cảnh ...": a later word on the event the page reports.
            return null;
        }

        if (draft.Background && !drafts.Any(d => d.Type == draft.Type && ActorsCompatible(d.Actors, draft.Actors)))
        {
            // "sau hội nghị thượng đỉnh Mỹ - Triều", "trước cuộc gặp": an undated time anchor of another clause adds to
            // the event the page reports, but is no report of one by itself.
            return null;
        }

        if (draft.Anaphora)
        {
            // The earlier event of the kind with a side in common ("Tại cuộc gặp với Bộ trưởng Malaysia ..."), else the last.
            var previous = drafts.LastOrDefault(d => d.Type == draft.Type && ActorsCompatible(d.Actors, draft.Actors))
                ?? drafts.LastOrDefault(d => d.Type == draft.Type);
            previous?.Participants.AddRange(draft.Participants.Where(p => !previous.Participants.Contains(p, StringComparer.Ordinal) && ActsForASide(context, p, previous.Actors) && NotHost(context, p, previous)));
            return previous;
        }

        var same = drafts.FirstOrDefault(d => d.Type == draft.Type
            && ActorsCompatible(d.Actors, draft.Actors) && DatesCompatible(d.Date, draft.Date) && !OtherSigners(d, draft) && !OtherCounterparts(d, draft) && !OtherVisitors(context, d, draft)
            && !OtherHosts(context, d, draft) && !OtherPlacesVisited(d, draft));
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

        // A span of days ("từ ngày 23 đến 26/7", "27 - 28/2") is the date of an occasion that lasts; a day inside it told
        // later ("Ngày 25/7, ...") is a moment of it, not a finer date of the whole. A year or a month is refined, and so is
        // a span the event only inherited from the visit it took place in (a signing "trong khuôn khổ chuyến thăm").
        if (same.Date is not null && draft.Date is not null && PartialDate.Refines(draft.Date, same.Date)
            && (same.Inherited || PartialDate.Parse(same.Date) is not { IsRange: true, Start.Day: not null }))
        {
            same.Date = draft.Date;
            same.Inherited = draft.Inherited;
        }

        same.Place ??= draft.Place;
        same.Visited ??= draft.Visited;
        same.Together |= draft.Together;
        // A bilateral event keeps its sides: a later mention naming a third state ("... trong chuyến công du Nhật Bản,
        // Philippines") adds no side to it; a conference or an aid record gathers its members and givers.
        var bilateral = same.Type is EventType.Talks or EventType.Meeting or EventType.Call or EventType.Visit or EventType.Signing or EventType.Partnership || same.Paired;
        same.Actors.AddRange(draft.Actors.Where(a => !same.Actors.Contains(a, StringComparer.Ordinal)
            && (!bilateral || (string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal) && !TwoSided(same)) || !ActorFinder.HasForeign(same.Actors))));
        if (!draft.Background)
        {
            // A mention that only talks about the event or dates another clause by it ("Trước khi gặp Tổng thống A, Thủ
            // tướng đã hội đàm Thủ tướng B") tells who took part in that other clause: its people add nothing here.
            same.Participants.AddRange(draft.Participants.Where(p => !same.Participants.Contains(p, StringComparer.Ordinal) && ActsForASide(context, p, same.Actors)
                && (draft.Together || NotHost(context, p, same))));
        }

        WithoutHosts(context, same);
        return same;
    }

    /// <summary>
    /// True when a bilateral record already holds two states: its two sides are known, so a later mention that names
    /// Vietnam too ("Sau khi dừng chân tại Indonesia và Việt Nam, ông A dự định ... gặp B" folded into A's meeting with
    /// Indonesia's president) adds no third side. Added, the third state made a record that <see cref="EventShape"/> drops
    /// as three-sided, so the meeting the page reported was lost with it (grammar: talks, a meeting, a call, a visit are
    /// between two sides; facts.md: the actors are the sides that take part).
    /// </summary>
    private static bool TwoSided(EventDraft record) => record.Actors.Count(ActorFinder.IsState) >= 2;

    /// <summary>
    /// A later mention adds a person to an event only when the person acts for one of its sides (or their state is not
    /// known): "trước cuộc gặp quan trọng với ông Trump" read as the earlier three-way meeting of China, Russia and
    /// India does not make Trump one of its participants (facts.md: the people who took part).
    /// </summary>
    private static bool ActsForASide(PageContext context, string participant, List<string> actors) =>
        StateOf(context, participant) is not { } state || actors.Contains(state, StringComparer.Ordinal);

    /// <summary>
    /// A later mention adds nobody of the state a visit's record names as visited ("thăm Việt Nam"): the hosts a later
    /// sentence names ("Trong chuyến thăm, Thủ tướng A đã hội đàm với Tổng thống B", "B đón tiếp A") take part in the talks
    /// and meetings of the visit, which are records of their own, not in the guest's visit (facts.md: the people who took
    /// part; the gold keeps hosts out of visits). Where the text never names the state visited, who hosts is not known
    /// and the mention adds its people as before; so does one that says the hosts went along ("cùng đến thăm").
    /// </summary>
    private static bool NotHost(PageContext context, string participant, EventDraft visit) =>
        visit.Type != EventType.Visit || visit.Visited is not { } host
        || !string.Equals(StateOf(context, participant), host, StringComparison.Ordinal);

    /// <summary>
    /// Once a visit's record knows the state visited and holds a guest of another state, the people of the state visited
    /// that an earlier mention gave it are its hosts ("Hoàng tử A gặp Thủ tướng B, mở đầu chuyến thăm", then "A bắt đầu
    /// chuyến thăm Việt Nam"): nobody visits their own state.
    /// </summary>
    private static void WithoutHosts(PageContext context, EventDraft visit)
    {
        if (visit.Type != EventType.Visit || visit.Together || visit.Visited is not { } host
            || !visit.Participants.Any(p => StateOf(context, p) is { } state && !string.Equals(state, host, StringComparison.Ordinal)))
        {
            return;
        }

        visit.Participants.RemoveAll(p => string.Equals(StateOf(context, p), host, StringComparison.Ordinal));
    }

    private static string? StateOf(PageContext context, string participant) =>
        context.People.FirstOrDefault(p => string.Equals(EventDraft.ParticipantName(p.Name), participant, StringComparison.Ordinal))?.Country;

    /// <summary>
    /// Listed meetings are one per counterpart: two of them, or one of them and another meeting, with different foreign
    /// sides or different counterparts are different meetings.
    /// </summary>
    internal static bool OtherCounterparts(EventDraft a, EventDraft b)
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
    internal static bool OtherVisitors(PageContext context, EventDraft a, EventDraft b)
    {
        if (a.Type != EventType.Visit || a.Start != b.Start || a.Participants.Count == 0 || b.Participants.Count == 0
            || a.Participants.Intersect(b.Participants, StringComparer.Ordinal).Any())
        {
            return false;
        }

        HashSet<string> States(EventDraft d) => [.. context.People.Where(p => d.Participants.Contains(EventDraft.ParticipantName(p.Name), StringComparer.Ordinal)).Select(p => p.Country).OfType<string>()];
        var aStates = States(a);
        var bStates = States(b);
        return aStates.Count > 0 && bStates.Count > 0 && !aStates.Overlaps(bStates);
    }

    /// <summary>
    /// "Tổng Bí thư A tiếp B", then "Cùng ngày, B cũng đến chào xã giao Chủ tịch Quốc hội C": a meeting (hội kiến, tiếp, chào
    /// xã giao) is between a guest and the one person who receives them, so the same guest received by another single
    /// person of the same state is another meeting (grammar: the object of "tiếp"/"hội kiến"/"chào" is the counterpart; the
    /// gold keeps one meeting per host). Only where each mention names exactly one person of that state: a delegation's
    /// members listed later ("Tham dự có Bộ trưởng D, Thứ trưởng E") name several and may join the meeting as before.
    /// Only a later mention that reports with a verb ("đã tiếp", "cũng hội kiến", "có cuộc gặp với"): the classified noun
    /// ("cuộc gặp giữa ông Trump và ông Kim diễn ra ở đâu") names a meeting to talk about it and folds in as before.
    /// </summary>
    internal static bool OtherHosts(PageContext context, EventDraft a, EventDraft b)
    {
        if (a.Type != EventType.Meeting || b.Type != EventType.Meeting || !b.Verbal
            || !a.Participants.Intersect(b.Participants, StringComparer.Ordinal).Any())
        {
            return false;
        }

        var aStates = a.Participants.Select(p => (Name: p, State: StateOf(context, p))).Where(x => x.State is not null).ToList();
        var bStates = b.Participants.Select(p => (Name: p, State: StateOf(context, p))).Where(x => x.State is not null).ToList();
        foreach (var state in aStates.Select(x => x.State).Distinct(StringComparer.Ordinal))
        {
            var aOf = aStates.Where(x => string.Equals(x.State, state, StringComparison.Ordinal)).Select(x => x.Name).ToList();
            var bOf = bStates.Where(x => string.Equals(x.State, state, StringComparison.Ordinal)).Select(x => x.Name).ToList();
            if (aOf.Count == 1 && bOf.Count == 1 && !string.Equals(aOf[0], bOf[0], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Chủ tịch Kim Jong-un thăm hữu nghị chính thức Việt Nam" and "Chủ tịch Hồ Chí Minh đã có chuyến thăm Triều Tiên vào năm
    /// 1957": the object of "thăm" names the state visited, so two visits whose mentions name different states visited are
    /// two visits (a recalled one is not folded into the visit the page reports and does not lend it its year). Only a
    /// mention that gives its own date: an undated one ("chuyến thăm Việt Nam của Tổng thống diễn ra trong bối cảnh ...",
    /// "Tôi từng thăm Việt Nam") is commentary, a recall without date or the page's visit with its host written another
    /// way, and folds in as before (in the study folders, such undated splits were mostly wrong).
    /// </summary>
    internal static bool OtherPlacesVisited(EventDraft a, EventDraft b) =>
        a.Type == EventType.Visit && b.Date is not null && !b.Inherited
        && a.Visited is { } first && b.Visited is { } second && !string.Equals(first, second, StringComparison.Ordinal);

    /// <summary>Two signings by different people are two documents signed: "A và B ký ...; C và D ký ...".</summary>
    internal static bool OtherSigners(EventDraft a, EventDraft b) =>
        a.Type == EventType.Signing && a.Date is null && b.Date is null
        && a.Participants.Count > 0 && b.Participants.Count > 0
        && !a.Participants.Intersect(b.Participants, StringComparer.Ordinal).Any();

    internal static bool ActorsCompatible(List<string> a, List<string> b) =>
        a.Where(x => !string.Equals(x, ActorFinder.Vietnam, StringComparison.Ordinal)).Intersect(b, StringComparer.Ordinal).Any();

    internal static bool DatesCompatible(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        return PartialDate.Compatible(Bounded(a), Bounded(b));
    }

    /// <summary>
    /// A span open at its start that ends on a day ("/--05-26": a visit lasting until 26/5, <see cref="EventSpan"/>) lasts
    /// days, not all the time before its end: it is compared as its end's month, so another visit of the page "hồi tháng
    /// 3/2018" is not folded into it.
    /// </summary>
    private static string Bounded(string iso) =>
        PartialDate.Parse(iso) is { IsRange: true, Start: null, End: { Day: not null, Month: { } month } end }
        && PartialDate.TryCreate(end.Year, month, null, out var bounded) ? bounded.ToIso() : iso;
}
