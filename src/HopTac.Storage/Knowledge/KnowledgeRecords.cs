namespace HopTac.Storage.Knowledge;

// The knowledge base's read models. They serialise (snake_case, see KnowledgeJson) to the JSON the CLI prints with
// --format json and the web API returns; the timeline's shape is fixed by issue 7:
// {"partner", "events": [{"id", "type", "date", "actors", "participants", "sources": [{"page", "evidence"}]}],
//  "agreements": [...], "figures": [...]}.

/// <summary>
/// A timeline request. From/To are inclusive ISO dates ("2021", "2021-09"): a fact is kept when its date may fall
/// between them, and a fact whose year is not known stays (in the "year not known" group, see
/// <see cref="TimelineEvent.YearKnown"/>) unless its month and day rule it out. Area and Type filter.
/// </summary>
public sealed record TimelineQuery(string Partner, string? From = null, string? To = null, string? Area = null, string? Type = null);

/// <summary>A partner's events, agreements and figures in date order (facts whose year is not known come last).</summary>
public sealed record Timeline(
    string Partner,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<TimelineAgreement> Agreements,
    IReadOnlyList<TimelineFigure> Figures);

/// <summary>A page that supports a consolidated fact, and the sentence it says it in.</summary>
public sealed record FactSource(long Page, string Source, string? Title, string? Published, string Evidence, int EvidenceStart);

/// <summary>Curation state: machine (no decision yet), accepted, rejected, edited.</summary>
public static class FactStatus
{
    public const string Machine = "machine";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Edited = "edited";
}

public sealed record TimelineEvent(
    string Id,
    string Type,
    string? Date,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Participants,
    string? Place,
    IReadOnlyList<string> Areas,
    string Status,
    bool Conflict,
    IReadOnlyList<string> DateVariants,
    IReadOnlyList<FactSource> Sources)
{
    /// <summary>
    /// The consolidated person (a P id) each of <see cref="Participants"/> names, in the same order; "" where the name
    /// fits no person of the event's pages. A person named two ways appears once in Participants, by their full name.
    /// </summary>
    public IReadOnlyList<string> ParticipantIds { get; init; } = [];

    /// <summary>Whether the date names its year; false (yearless or undated) puts the fact in the "year not known" group.</summary>
    public bool YearKnown { get; init; } = true;

    /// <summary>The page (its source) a yearless date took its year from; null when the pages wrote the year.</summary>
    public string? YearFrom { get; init; }

    /// <summary>The date as a person reads it, in Vietnamese ("25/5/2016", "25/5, năm chưa rõ"); null when undated.</summary>
    public string? DateText { get; init; }
}

public sealed record TimelineAgreement(
    string Id,
    string Type,
    string Title,
    string? Date,
    string? Period,
    IReadOnlyList<string> Actors,
    string Status,
    bool Conflict,
    IReadOnlyList<string> DateVariants,
    IReadOnlyList<FactSource> Sources)
{
    /// <summary>Whether the date names its year; false (yearless or undated) puts the fact in the "year not known" group.</summary>
    public bool YearKnown { get; init; } = true;

    /// <summary>The page (its source) a yearless date took its year from; null when the pages wrote the year.</summary>
    public string? YearFrom { get; init; }

    /// <summary>The date as a person reads it, in Vietnamese ("25/5/2016", "25/5, năm chưa rõ"); null when undated.</summary>
    public string? DateText { get; init; }
}

public sealed record TimelineFigure(
    string Id,
    decimal Value,
    string Unit,
    string? Per,
    string Text,
    string? Date,
    string Status,
    bool Conflict,
    IReadOnlyList<decimal> ValueVariants,
    IReadOnlyList<FactSource> Sources);

/// <summary>A partner and how many consolidated events and agreements name it.</summary>
public sealed record PartnerCount(string Code, int Events, int Agreements);

/// <summary>Counts for a partner page: per year ("unknown" for undated), per area, per event type; its people.</summary>
public sealed record PartnerOverview(
    string Code,
    int Events,
    int Agreements,
    int Figures,
    IReadOnlyDictionary<string, int> EventsByYear,
    IReadOnlyDictionary<string, int> EventsByArea,
    IReadOnlyDictionary<string, int> EventsByType,
    IReadOnlyList<PersonProfile> People);

/// <summary>One consolidated person with the offices they held (first and last seen) and the facts they took part in.</summary>
public sealed record PersonProfile(
    string Id,
    string Name,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<PersonOffice> Offices,
    IReadOnlyList<string> EventIds,
    IReadOnlyList<FactSource> Sources);

public sealed record PersonOffice(string Title, string? FirstSeen, string? LastSeen);

/// <summary>
/// Any consolidated fact. Kind is event, agreement, figure or person; Fields holds its current values (after
/// curators' edits) as display strings, e.g. type, date, title, value, unit, actors (comma-separated);
/// MachineFields what consolidation alone says.
/// </summary>
public sealed record FactDetail(
    string Id,
    string Kind,
    string Status,
    bool Conflict,
    IReadOnlyDictionary<string, string?> Fields,
    IReadOnlyDictionary<string, string?> MachineFields,
    IReadOnlyList<FactSource> Sources,
    IReadOnlyList<FactRevision> History)
{
    /// <summary>
    /// An event's participants named as the consolidated people ("Putin" → "Vladimir Putin"), as a timeline lists
    /// them; the "participants" field keeps what pages and curators wrote. Empty for other kinds.
    /// </summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>The person (a P id) each of <see cref="Participants"/> names, in step; "" where none fits.</summary>
    public IReadOnlyList<string> ParticipantIds { get; init; } = [];
}

/// <summary>A consolidated fact on one page: where its evidence sentence sits in the page text.</summary>
public sealed record PageFact(string FactId, string Kind, string Label, int EvidenceStart, int EvidenceLength);

/// <summary>What a curator asks. Action: accept, reject, edit (Changes), merge (OtherFactId), split (SplitPages).</summary>
public sealed record CurationRequest(
    string FactId,
    string Action,
    string Who,
    string? Why = null,
    IReadOnlyDictionary<string, string?>? Changes = null,
    string? OtherFactId = null,
    IReadOnlyList<long>? SplitPages = null);

/// <summary>
/// Result of a curation: Ok with the fact's id afterwards, or NotFound / Invalid with a one-line English reason and
/// the same refusal as data (<see cref="Code"/> and <see cref="Arguments"/>), which interfaces say in their own
/// language (resources CurationError_{code}, arguments {0}, {1}…).
/// </summary>
public sealed record CurationOutcome(CurationResult Result, string? FactId, string? Error, long RevisionId)
{
    /// <summary>For an edit refused by <see cref="FactEdits"/>: the problem as data, for interfaces that translate it.</summary>
    public FactEditError? Problem { get; init; }

    /// <summary>What was refused, as a stable code (<see cref="CurationRefusals"/>); null when the curation was done.</summary>
    public string? Code { get; init; }

    /// <summary>The values the refusal names (a fact id, a limit), in the order its message uses them.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public static CurationOutcome NotFound(string factId) =>
        new(CurationResult.NotFound, factId, $"no fact {factId}", 0) { Code = CurationRefusals.NotFound, Arguments = [factId] };

    public static CurationOutcome Invalid(string code, string reason, params string[] arguments) =>
        new(CurationResult.Invalid, null, reason, 0) { Code = code, Arguments = arguments };

    /// <summary>An edit refused by the one validator: its problem, its English sentence, and the code <c>edit</c>.</summary>
    public static CurationOutcome Refused(FactEditError problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Invalid(CurationRefusals.Edit, problem.Message) with { Problem = problem };
    }
}

public enum CurationResult
{
    Ok,
    NotFound,
    Invalid,
}

/// <summary>One revision of a fact: who did what, when, why, and the values it set.</summary>
public sealed record FactRevision(
    long Id,
    string FactId,
    string Action,
    string Who,
    DateTimeOffset At,
    string? Why,
    IReadOnlyDictionary<string, string?> Changes);
