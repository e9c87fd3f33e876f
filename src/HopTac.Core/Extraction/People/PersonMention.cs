using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Extraction.People;

/// <summary>One naming of a person in one sentence: the name's words, the office given there, the state read there.</summary>
internal sealed record PersonMention(IReadOnlyList<string> Parts, string? Title, string? State, Sentence Sentence)
{
    public string Name => string.Join(' ', Parts);

    /// <summary>Named after "ông", "bà", "ngài": a person for sure, even when the name is one syllable.</summary>
    public bool ViaHonorific { get; init; }

    /// <summary>Named right after its office ("thị trưởng Kumamoto", "chủ tịch HĐQT Vinaconex"), not before it in apposition.</summary>
    public bool AfterOffice { get; init; }

    /// <summary>Words other than initials ("V."): the measure of how full a form is.</summary>
    public int FullParts => Parts.Count(p => !NameParts.IsInitial(p));
}
