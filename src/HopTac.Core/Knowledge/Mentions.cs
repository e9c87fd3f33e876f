using HopTac.Core.Facts;

namespace HopTac.Core.Knowledge;

// A fact as one page reports it. Key is stable across re-ingesting and re-extracting the same page (see MentionKeys):
// consolidated facts and curation decisions are anchored to mention keys, never to database row ids.
// PageDate is the page's publication date (ISO, any precision) or null; it anchors yearless dates and "first seen".

/// <summary>An event as one page reports it.</summary>
public sealed record EventMention(string Key, string Source, string? PageDate, EventFact Fact);

/// <summary>An agreement as one page reports it.</summary>
public sealed record AgreementMention(string Key, string Source, string? PageDate, AgreementFact Fact);

/// <summary>A figure as one page reports it.</summary>
public sealed record FigureMention(string Key, string Source, string? PageDate, Figure Fact);

/// <summary>A person as one page names them.</summary>
public sealed record PersonMention(string Key, string Source, string? PageDate, Person Fact);
