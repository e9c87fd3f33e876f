namespace HopTac.Core.Extraction.Gazetteers;

/// <summary>One name of a gazetteer: the name as the data file writes it and the value it stands for (a code).</summary>
public sealed record GazetteerEntry(string Name, string Value);
