namespace HopTac.Core.Facts;

// The fact family of the page record (../shared/spec/facts.md). Every fact keeps the sentence it was read from
// (Evidence) and where that sentence starts in the page text (EvidenceStart, a UTF-16 offset into Article.Text),
// so a reader can check it and the web app can highlight it.

/// <summary>A person named in the main text. <see cref="Name"/> is the fullest form the page writes.</summary>
public sealed record Person(string Name, string? Title, string? Country, string Evidence, int EvidenceStart);

/// <summary>A ministry, agency, company or fund named in the main text, with its state where known.</summary>
public sealed record Organization(string Name, string? Country, string Evidence, int EvidenceStart);

/// <summary>A diplomatic event: type from facts.md, date as ISO 8601 at the precision the text gives.</summary>
public sealed record EventFact(
    string Type,
    string? Date,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Participants,
    string? Place,
    string Evidence,
    int EvidenceStart);

/// <summary>A named cooperation document (memorandum, agreement, joint statement, plan, ...).</summary>
public sealed record AgreementFact(
    string Type,
    string Title,
    IReadOnlyList<string> Actors,
    string? Date,
    string? Period,
    string Evidence,
    int EvidenceStart);

/// <summary>A quantity: value in full ("4,7 tỷ USD" is 4700000000), the counted noun or currency, a rate's denominator.</summary>
public sealed record Figure(decimal Value, string Unit, string? Per, string Text, string Evidence, int EvidenceStart);
