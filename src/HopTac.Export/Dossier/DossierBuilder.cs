using System.Globalization;
using HopTac.Core.Extraction.Dates;
using HopTac.Storage.Knowledge;

namespace HopTac.Export.Dossier;

/// <summary>
/// Builds a <see cref="DossierDocument"/> from the knowledge base: the partner's timeline (rejected facts are never
/// in it), split into what happened, what is announced for after today, and what has no known year; agreements
/// with their state on today's date; figures; the people of both sides who took part in the events.
/// </summary>
public sealed class DossierBuilder(IKnowledgeBase knowledge, TimeProvider clock)
{
    /// <summary>An agreement whose period ends within this many days is "expiring soon".</summary>
    public const int ExpiringWithinDays = 180;

    private static readonly HashSet<string> MeetingTypes = new(StringComparer.Ordinal) { "talks", "meeting", "call" };

    public async Task<DossierDocument> BuildAsync(DossierRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var labels = DossierLabels.For(request.English);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var timeline = await knowledge.GetTimelineAsync(
            new TimelineQuery(request.Partner, request.From, request.To, request.Area), cancellationToken).ConfigureAwait(false);
        bool Keep(string status) => !request.CuratedOnly || status is FactStatus.Accepted or FactStatus.Edited;
        var events = timeline.Events.Where(e => Keep(e.Status) && e.Status != FactStatus.Rejected).ToList();
        var agreements = timeline.Agreements.Where(a => Keep(a.Status) && a.Status != FactStatus.Rejected).ToList();
        var figures = timeline.Figures.Where(f => Keep(f.Status) && f.Status != FactStatus.Rejected).ToList();

        var book = new ReferenceBook();
        var past = new List<DossierLine>();
        var open = new List<DossierLine>();
        var yearless = new List<DossierLine>();
        foreach (var e in events)
        {
            var line = new DossierLine(e.Id, DateOf(e.Date, e.YearFrom, labels), EventText(e, labels), e.Status, book.Cite(e.Sources));
            if (!e.YearKnown)
            {
                yearless.Add(line);
            }
            else if (PartialDate.Parse(e.Date)?.FirstDay is { } first && first > today)
            {
                open.Add(line);
            }
            else
            {
                past.Add(line);
            }
        }

        var table = new List<DossierAgreement>();
        foreach (var a in agreements)
        {
            var refs = book.Cite(a.Sources);
            if (!a.YearKnown)
            {
                yearless.Add(new DossierLine(a.Id, DateOf(a.Date, a.YearFrom, labels), $"{labels.AgreementType(a.Type)}: {a.Title}", a.Status, refs));
                continue;
            }

            table.Add(new DossierAgreement(
                a.Id,
                a.Title,
                labels.AgreementType(a.Type),
                DateOf(a.Date, a.YearFrom, labels),
                a.Period is null ? labels.NoPeriod : DateWording.Write(a.Period, !request.English),
                StateOf(a.Period, today),
                a.Status,
                refs));
        }

        var figureLines = figures.Select(f => new DossierLine(
            f.Id,
            f.Date is null ? string.Empty : DateWording.Write(f.Date, !request.English),
            FigureText(f),
            f.Status,
            book.Cite(f.Sources))
        {
            Quote = f.Sources.Count > 0 ? f.Sources[0].Evidence : null,
        }).ToList();

        var (theirs, ours) = await PeopleAsync(request.Partner, events, book, labels, cancellationToken).ConfigureAwait(false);
        var summary = Summarise(request, events, agreements, figures.Count, labels);
        return new DossierDocument(request, today, summary, past, table, figureLines, theirs, ours, open, yearless, book.References);
    }

    private async Task<(List<DossierPerson> Theirs, List<DossierPerson> Ours)> PeopleAsync(
        string partner, List<TimelineEvent> events, ReferenceBook book, DossierLabels labels, CancellationToken cancellationToken)
    {
        // Who took part, and in which events (latest dated event last): a person is "met" when an event lists them.
        var seen = new Dictionary<string, (string Name, TimelineEvent Latest)>(StringComparer.Ordinal);
        foreach (var e in events.Where(e => e.YearKnown))
        {
            for (var i = 0; i < e.ParticipantIds.Count && i < e.Participants.Count; i++)
            {
                var id = e.ParticipantIds[i];
                if (id.Length > 0)
                {
                    seen[id] = (e.Participants[i], e);
                }
            }
        }

        var overview = await knowledge.GetPartnerAsync(partner, cancellationToken).ConfigureAwait(false);
        var profiles = (overview?.People ?? []).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var theirs = new List<DossierPerson>();
        var ours = new List<DossierPerson>();
        foreach (var (id, (name, latest)) in seen.OrderBy(p => p.Value.Name, StringComparer.Ordinal))
        {
            if (!profiles.TryGetValue(id, out var profile))
            {
                // Not among the partner's people: look the person up by name and keep the one with this id.
                var found = await knowledge.FindPeopleAsync(name, cancellationToken).ConfigureAwait(false);
                profile = found.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
            }

            var person = new DossierPerson(
                id,
                profile?.Name ?? name,
                profile is null ? string.Empty : string.Join("; ", profile.Offices.Select(o => o.Title).Distinct(StringComparer.Ordinal)),
                DateOf(latest.Date, latest.YearFrom, labels),
                book.Cite(latest.Sources));
            var country = profile?.Country;
            if (string.Equals(country, "VN", StringComparison.Ordinal))
            {
                ours.Add(person);
            }
            else if (country is null || string.Equals(country, partner, StringComparison.OrdinalIgnoreCase) || profiles.ContainsKey(id))
            {
                theirs.Add(person);
            }
        }

        return (theirs, ours);
    }

    private static DossierSummary Summarise(DossierRequest request, List<TimelineEvent> events, List<TimelineAgreement> agreements, int figures, DossierLabels labels)
    {
        int? YearOf(string? date, bool known) => known ? PartialDate.Parse(date)?.FirstDay?.Year : null;
        var years = events.Select(e => YearOf(e.Date, e.YearKnown)).Concat(agreements.Select(a => YearOf(a.Date, a.YearKnown)))
            .Distinct().OrderBy(y => y ?? int.MaxValue).ToList();
        var byYear = years.Select(y =>
        {
            var inYear = events.Where(e => YearOf(e.Date, e.YearKnown) == y).ToList();
            return new DossierYear(
                y,
                inYear.Count,
                inYear.Count(e => MeetingTypes.Contains(e.Type)),
                inYear.Count(e => e.Type == "visit"),
                inYear.Count(e => e.Type == "aid"),
                agreements.Count(a => YearOf(a.Date, a.YearKnown) == y));
        }).ToList();
        var meetings = events.Count(e => MeetingTypes.Contains(e.Type));
        var visits = events.Count(e => e.Type == "visit");
        var aid = events.Count(e => e.Type == "aid");
        var text = SummaryText(request, labels, events.Count, meetings, visits, aid, agreements.Count, figures, byYear);
        return new DossierSummary(events.Count, meetings, visits, aid, agreements.Count, figures, byYear, text);
    }

    private static string SummaryText(DossierRequest r, DossierLabels labels, int events, int meetings, int visits, int aid, int agreements, int figures, List<DossierYear> years)
    {
        var inv = CultureInfo.InvariantCulture;
        var period = r.From is null && r.To is null
            ? labels.AllPeriods
            : labels.English
                ? $"{(r.From is null ? "" : "from " + r.From)}{(r.From is not null && r.To is not null ? " " : "")}{(r.To is null ? "" : "to " + r.To)}"
                : $"{(r.From is null ? "" : "từ " + r.From)}{(r.From is not null && r.To is not null ? " " : "")}{(r.To is null ? "" : "đến " + r.To)}";
        string Year(DossierYear y) => string.Format(
            inv,
            labels.English ? "{0}: {1} events ({2} meetings, {3} visits, {4} aid), {5} agreements" : "{0}: {1} sự kiện ({2} gặp gỡ, {3} chuyến thăm, {4} hỗ trợ), {5} văn kiện",
            y.Year?.ToString(inv) ?? labels.YearNotKnownHeading.ToLowerInvariant(),
            y.Events,
            y.Meetings,
            y.Visits,
            y.Aid,
            y.Agreements);
        var head = string.Format(
            inv,
            labels.English
                ? "Over {0}, the sources record {1} events with {2}: {3} talks, meetings or calls, {4} visits and {5} aid deliveries; {6} agreements and {7} figures."
                : "Trong {0}, các nguồn ghi nhận {1} sự kiện với {2}: {3} cuộc hội đàm, hội kiến hoặc điện đàm, {4} chuyến thăm và {5} hoạt động hỗ trợ; {6} văn kiện và {7} số liệu.",
            period,
            events,
            r.Partner,
            meetings,
            visits,
            aid,
            agreements,
            figures);
        return years.Count == 0 ? head : head + " " + (labels.English ? "By year: " : "Theo năm: ") + string.Join("; ", years.Select(Year)) + ".";
    }

    private static AgreementState StateOf(string? period, DateOnly today)
    {
        if (PartialDate.Parse(period)?.LastDay is not { } end)
        {
            return AgreementState.Unknown;
        }

        return end < today ? AgreementState.Expired
            : end <= today.AddDays(ExpiringWithinDays) ? AgreementState.ExpiringSoon
            : AgreementState.InForce;
    }

    private static string DateOf(string? date, string? yearFrom, DossierLabels labels) =>
        date is null ? labels.Undated : DateWording.Write(date, !labels.English, yearFrom);

    private static string EventText(TimelineEvent e, DossierLabels labels)
    {
        var text = labels.EventType(e.Type);
        var others = e.Actors.Where(a => a != "VN").ToList();
        if (others.Count > 0)
        {
            text += " (" + string.Join(", ", e.Actors) + ")";
        }

        if (e.Participants.Count > 0)
        {
            text += ": " + string.Join(", ", e.Participants);
        }

        if (!string.IsNullOrWhiteSpace(e.Place))
        {
            text += " — " + e.Place;
        }

        return text;
    }

    private static string FigureText(TimelineFigure f) =>
        string.IsNullOrWhiteSpace(f.Per) ? f.Text : $"{f.Text} ({f.Unit}/{f.Per})";

    /// <summary>Numbers each (page, evidence sentence) once, in the order the dossier first cites it.</summary>
    private sealed class ReferenceBook
    {
        private readonly Dictionary<(long Page, string Evidence), int> numbers = [];

        public List<DossierReference> References { get; } = [];

        public List<int> Cite(IReadOnlyList<FactSource> sources)
        {
            var cited = new List<int>();
            foreach (var s in sources)
            {
                var key = (s.Page, s.Evidence);
                if (!numbers.TryGetValue(key, out var n))
                {
                    n = References.Count + 1;
                    numbers[key] = n;
                    References.Add(new DossierReference(n, s.Page, s.Source, s.Title, SiteOf(s.Source), s.Published, s.Evidence));
                }

                if (!cited.Contains(n))
                {
                    cited.Add(n);
                }
            }

            return cited;
        }

        private static string SiteOf(string source) =>
            Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri.Host
                : Path.GetFileName(Path.GetDirectoryName(source)) is { Length: > 0 } folder ? folder : source;
    }
}
