using System.Collections.Concurrent;
using HopTac.Core.Pages;
using HopTac.Storage;
using HopTac.Storage.Knowledge;

namespace HopTac.Web.Tests.Support;

/// <summary>
/// An in-memory knowledge base that keeps the IKnowledgeBase contract (one fact per page fact, curation as
/// revisions), so the web layer's curation paths are tested before the real consolidation merges.
/// </summary>
internal sealed class ContractKnowledgeBase(TimeProvider clock) : IKnowledgeBase
{
    private readonly ConcurrentDictionary<string, Entry> facts = new(StringComparer.Ordinal);
    private readonly List<FactRevision> revisions = [];
    private readonly Lock gate = new();
    private long nextRevision;
    private int nextEvent, nextAgreement, nextFigure, nextPerson;

    private sealed class Entry
    {
        public required string Kind { get; init; }

        public required Dictionary<string, string?> Machine { get; init; }

        public Dictionary<string, string?> Fields { get; set; } = new(StringComparer.Ordinal);

        public string Status { get; set; } = FactStatus.Machine;

        public required List<FactSource> Sources { get; init; }

        public required IReadOnlyList<string> Actors { get; init; }

        public required long Page { get; init; }

        public required int EvidenceStart { get; init; }

        public required int EvidenceLength { get; init; }
    }

    /// <summary>Adds one fact per event, agreement, figure and person of a stored page.</summary>
    public void Add(StoredPage page)
    {
        var r = page.Record;
        FactSource Source(string evidence, int start) => new(page.Id, r.Source, r.Title, r.Published, evidence, start);
        lock (gate)
        {
            foreach (var e in r.Events)
            {
                Put("E" + ++nextEvent, "event", page.Id, e.Actors, Source(e.Evidence, e.EvidenceStart), e.Evidence.Length,
                    new() { ["type"] = e.Type, ["date"] = e.Date, ["actors"] = string.Join(", ", e.Actors), ["place"] = e.Place });
            }

            foreach (var a in r.Agreements)
            {
                Put("A" + ++nextAgreement, "agreement", page.Id, a.Actors, Source(a.Evidence, a.EvidenceStart), a.Evidence.Length,
                    new() { ["type"] = a.Type, ["title"] = a.Title, ["date"] = a.Date, ["actors"] = string.Join(", ", a.Actors) });
            }

            foreach (var f in r.Figures)
            {
                var actors = r.Events.SelectMany(e => e.Actors).Distinct(StringComparer.Ordinal).ToList();
                Put("F" + ++nextFigure, "figure", page.Id, actors, Source(f.Evidence, f.EvidenceStart), f.Evidence.Length,
                    new() { ["value"] = f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unit"] = f.Unit, ["text"] = f.Text, ["date"] = r.Published });
            }

            foreach (var p in r.People)
            {
                Put("P" + ++nextPerson, "person", page.Id, p.Country is null ? [] : [p.Country], Source(p.Evidence, p.EvidenceStart), p.Evidence.Length,
                    new() { ["name"] = p.Name, ["title"] = p.Title, ["country"] = p.Country });
            }
        }
    }

    private void Put(string id, string kind, long page, IReadOnlyList<string> actors, FactSource source, int length, Dictionary<string, string?> fields)
    {
        facts[id] = new Entry
        {
            Kind = kind, Machine = fields, Fields = new(fields, StringComparer.Ordinal), Sources = [source], Actors = actors, Page = page,
            EvidenceStart = source.EvidenceStart, EvidenceLength = length,
        };
        revisions.Add(new FactRevision(++nextRevision, id, "consolidate", "machine", clock.GetUtcNow(), null, fields));
    }

    public Task<Timeline> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var named = Named(query.Partner).Where(kv => kv.Value.Status != FactStatus.Rejected).ToList();
        var events = named.Where(kv => kv.Value.Kind == "event").Select(kv => new TimelineEvent(
            kv.Key, kv.Value.Fields["type"] ?? "other", kv.Value.Fields["date"], kv.Value.Actors, [], kv.Value.Fields.GetValueOrDefault("place"), [],
            kv.Value.Status, false, [], kv.Value.Sources)).OrderBy(e => e.Date, StringComparer.Ordinal).ToList();
        var agreements = named.Where(kv => kv.Value.Kind == "agreement").Select(kv => new TimelineAgreement(
            kv.Key, kv.Value.Fields["type"] ?? "agreement", kv.Value.Fields["title"] ?? string.Empty, kv.Value.Fields["date"], null, kv.Value.Actors,
            kv.Value.Status, false, [], kv.Value.Sources)).ToList();
        var figures = named.Where(kv => kv.Value.Kind == "figure").Select(kv => new TimelineFigure(
            kv.Key, decimal.Parse(kv.Value.Fields["value"] ?? "0", System.Globalization.CultureInfo.InvariantCulture), kv.Value.Fields["unit"] ?? string.Empty, null,
            kv.Value.Fields["text"] ?? string.Empty, kv.Value.Fields["date"], kv.Value.Status, false, [], kv.Value.Sources)).ToList();
        return Task.FromResult(new Timeline(query.Partner, events, agreements, figures));
    }

    public Task<PartnerOverview?> GetPartnerAsync(string code, CancellationToken cancellationToken)
    {
        var named = Named(code).ToList();
        if (named.Count == 0)
        {
            return Task.FromResult<PartnerOverview?>(null);
        }

        var events = named.Where(kv => kv.Value.Kind == "event").ToList();
        return Task.FromResult<PartnerOverview?>(new PartnerOverview(
            code, events.Count, named.Count(kv => kv.Value.Kind == "agreement"), named.Count(kv => kv.Value.Kind == "figure"),
            events.GroupBy(kv => (kv.Value.Fields["date"] ?? "unknown")[..4]).ToDictionary(g => g.Key, g => g.Count()),
            new Dictionary<string, int>(), events.GroupBy(kv => kv.Value.Fields["type"] ?? "other").ToDictionary(g => g.Key, g => g.Count()), []));
    }

    public Task<IReadOnlyList<PartnerCount>> ListPartnersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PartnerCount>>(facts.Values.SelectMany(f => f.Actors.Select(a => (Actor: a, f.Kind))).GroupBy(x => x.Actor)
            .Select(g => new PartnerCount(g.Key, g.Count(x => x.Kind == "event"), g.Count(x => x.Kind == "agreement"))).OrderByDescending(p => p.Events).ToList());

    public async Task<IReadOnlyList<TimelineEvent>> LatestEventsAsync(int limit, CancellationToken cancellationToken)
    {
        var all = new List<TimelineEvent>();
        foreach (var code in facts.Values.SelectMany(f => f.Actors).Distinct())
        {
            all.AddRange((await GetTimelineAsync(new TimelineQuery(code), cancellationToken)).Events);
        }

        return all.DistinctBy(e => e.Id).OrderByDescending(e => e.Date, StringComparer.Ordinal).Take(limit).ToList();
    }

    public Task<FactDetail?> GetFactAsync(string factId, CancellationToken cancellationToken)
    {
        if (!facts.TryGetValue(factId, out var f))
        {
            return Task.FromResult<FactDetail?>(null);
        }

        lock (gate)
        {
            return Task.FromResult<FactDetail?>(new FactDetail(factId, f.Kind, f.Status, false, new Dictionary<string, string?>(f.Fields), f.Machine, f.Sources,
                revisions.Where(r => r.FactId == factId).ToList()));
        }
    }

    public Task<IReadOnlyList<PersonProfile>> FindPeopleAsync(string name, CancellationToken cancellationToken)
    {
        var key = Core.Text.VietnameseText.Fold(name);
        return Task.FromResult<IReadOnlyList<PersonProfile>>(facts.Where(kv => kv.Value.Kind == "person"
                && Core.Text.VietnameseText.Fold(kv.Value.Fields["name"]).Contains(key, StringComparison.Ordinal))
            .Select(kv => new PersonProfile(kv.Key, kv.Value.Fields["name"]!, kv.Value.Fields["country"], [], [new PersonOffice(kv.Value.Fields["title"] ?? string.Empty, null, null)], [], kv.Value.Sources))
            .ToList());
    }

    public Task<IReadOnlyList<PageFact>> GetPageFactsAsync(long pageId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PageFact>>(facts.Where(kv => kv.Value.Page == pageId)
            .Select(kv => new PageFact(kv.Key, kv.Value.Kind, kv.Value.Fields.GetValueOrDefault("type") ?? kv.Value.Kind, kv.Value.EvidenceStart, kv.Value.EvidenceLength)).ToList());

    public Task<CurationOutcome> CurateAsync(CurationRequest request, CancellationToken cancellationToken)
    {
        if (!facts.TryGetValue(request.FactId, out var f))
        {
            return Task.FromResult(CurationOutcome.NotFound(request.FactId));
        }

        lock (gate)
        {
            var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
            switch (request.Action)
            {
                case "accept":
                    f.Status = FactStatus.Accepted;
                    break;
                case "reject":
                    f.Status = FactStatus.Rejected;
                    break;
                case "edit":
                    foreach (var (k, v) in request.Changes ?? new Dictionary<string, string?>())
                    {
                        f.Fields[k] = v;
                        changes[k] = v;
                    }

                    f.Status = FactStatus.Edited;
                    break;
                case "merge":
                    if (request.OtherFactId is null || !facts.TryRemove(request.OtherFactId, out var other))
                    {
                        return Task.FromResult(CurationOutcome.NotFound(request.OtherFactId ?? string.Empty));
                    }

                    f.Sources.AddRange(other.Sources);
                    changes["merged"] = request.OtherFactId;
                    break;
                case "split":
                    if (request.SplitPages is null || f.Sources.All(s => !request.SplitPages.Contains(s.Page)))
                    {
                        return Task.FromResult(CurationOutcome.Invalid("none of these pages supports the fact"));
                    }

                    changes["split"] = string.Join(",", request.SplitPages);
                    break;
                default:
                    return Task.FromResult(CurationOutcome.Invalid("unknown action"));
            }

            var revision = new FactRevision(++nextRevision, request.FactId, request.Action, request.Who, clock.GetUtcNow(), request.Why, changes);
            revisions.Add(revision);
            return Task.FromResult(new CurationOutcome(CurationResult.Ok, request.FactId, null, revision.Id));
        }
    }

    public Task<IReadOnlyList<FactRevision>> GetHistoryAsync(string factId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<FactRevision>>(revisions.Where(r => r.FactId == factId).ToList());
        }
    }

    public Task ReconsolidateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<KeyValuePair<string, Entry>> Named(string code) => facts.Where(kv => kv.Value.Actors.Contains(code, StringComparer.Ordinal));
}
