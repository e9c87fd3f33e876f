namespace HopTac.Export.Dossier;

// The dossier as data, built once (DossierBuilder) and written by each format's writer, so Markdown, HTML and DOCX
// say the same things with the same reference numbers.

/// <summary>A briefing on one partner: every line cites numbered <see cref="References"/>.</summary>
public sealed record DossierDocument(
    DossierRequest Request,
    DateOnly Today,
    DossierSummary Summary,
    IReadOnlyList<DossierLine> Timeline,
    IReadOnlyList<DossierAgreement> Agreements,
    IReadOnlyList<DossierLine> Figures,
    IReadOnlyList<DossierPerson> TheirPeople,
    IReadOnlyList<DossierPerson> OurPeople,
    IReadOnlyList<DossierLine> OpenItems,
    IReadOnlyList<DossierLine> YearNotKnown,
    IReadOnlyList<DossierReference> References);

/// <summary>Counts for the summary paragraph, per year and per group of event types; Text is the paragraph itself.</summary>
public sealed record DossierSummary(int Events, int Meetings, int Visits, int Aid, int Agreements, int Figures, IReadOnlyList<DossierYear> Years, string Text);

/// <summary>One year's counts; Year is null for facts whose year is not known.</summary>
public sealed record DossierYear(int? Year, int Events, int Meetings, int Visits, int Aid, int Agreements);

/// <summary>
/// One cited line: what happened (already worded in the dossier's language), when, its curation state
/// (machine, accepted, edited) and the numbers of its references. Quote: a sentence shown with the line (a
/// figure's own sentence, which says what the figure is for).
/// </summary>
public sealed record DossierLine(string FactId, string DateText, string Text, string Status, IReadOnlyList<int> References)
{
    public string? Quote { get; init; }
}

/// <summary>An agreement with its period and whether it is in force on <see cref="DossierDocument.Today"/>.</summary>
public sealed record DossierAgreement(
    string FactId,
    string Title,
    string TypeText,
    string DateText,
    string PeriodText,
    AgreementState State,
    string Status,
    IReadOnlyList<int> References);

/// <summary>In force, expiring within <see cref="DossierBuilder.ExpiringWithinDays"/>, expired, or no period known.</summary>
public enum AgreementState
{
    Unknown,
    InForce,
    ExpiringSoon,
    Expired,
}

/// <summary>A person met: their offices, when last seen (the latest dated event they took part in) and its sources.</summary>
public sealed record DossierPerson(string PersonId, string Name, string Offices, string LastSeenText, IReadOnlyList<int> References);

/// <summary>A numbered reference: a page (title, site, publication date, URL or file) and the evidence sentence cited.</summary>
public sealed record DossierReference(int Number, long Page, string Source, string? Title, string Site, string? Published, string Evidence);
