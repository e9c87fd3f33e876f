namespace HopTac.Core.Extraction.People;

/// <summary>
/// An office as written ("Bộ trưởng Bộ Y tế Liên bang Nga"), spanning tokens [Start, End), with the state or
/// organisation it names (RU) and the host state of an envoy ("tại Việt Nam"), which is not the person's state.
/// </summary>
internal sealed record TitlePhrase(int Start, int End, string Text, string? State, string? Host);
