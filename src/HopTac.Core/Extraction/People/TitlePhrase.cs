namespace HopTac.Core.Extraction.People;

/// <summary>
/// An office as written ("Bộ trưởng Bộ Y tế Liên bang Nga"), spanning tokens [Start, End), with the state or
/// organisation it names (RU) and the host state of an envoy ("tại Việt Nam"), which is not the person's state.
/// </summary>
internal sealed record TitlePhrase(int Start, int End, string Text, string? State, string? Host)
{
    /// <summary>Written in lower case: a profession ("nghệ sĩ", "phóng viên") rather than an office.</summary>
    public bool IsLowerCase { get; init; }

    /// <summary>Ends with an organisation's name, whose brand may run on into the capitalised words after it.</summary>
    public bool EndsWithOrganization { get; init; }
}
