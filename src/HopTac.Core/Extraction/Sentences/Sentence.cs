namespace HopTac.Core.Extraction.Sentences;

/// <summary>A sentence of a page's text and where it starts (UTF-16 offset into that text).</summary>
public readonly record struct Sentence(string Text, int Start)
{
    public int End => Start + Text.Length;
}
