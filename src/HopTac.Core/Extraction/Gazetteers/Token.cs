namespace HopTac.Core.Extraction.Gazetteers;

/// <summary>
/// A word (letters, digits and their marks) or a single punctuation character of a text, with its UTF-16 range and
/// its lookup key (<see cref="CanonicalText.Key"/>; empty for punctuation).
/// </summary>
internal readonly record struct Token(string Text, int Start, string Key, bool IsWord, bool SpaceBefore)
{
    public int End => Start + Text.Length;

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public bool IsPunctuation(char c) => !IsWord && Text.Length == 1 && Text[0] == c;
}
