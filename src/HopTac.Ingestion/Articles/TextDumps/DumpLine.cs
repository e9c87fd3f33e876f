namespace HopTac.Ingestion.Articles.TextDumps;

/// <summary>One non-blank line of a text dump with what the extractor asks about it more than once.</summary>
internal sealed class DumpLine
{
    public DumpLine(string text)
    {
        Text = text;
        Key = PageFurniture.Key(text);
        Words = CountWords(text);
        Date = Dateline.Classify(text, out var iso);
        Published = iso;
        IsDropped = PageFurniture.IsDropped(Text, Key);
        IsStop = PageFurniture.IsStopLabel(Key, Words);
    }

    public string Text { get; }

    /// <summary>Whether a blank line comes before this one: dumps set captions and lone bylines apart so.</summary>
    public bool AfterBlank { get; init; }

    /// <summary>The folded, space-collapsed line, for comparisons that ignore marks and case.</summary>
    public string Key { get; }

    public int Words { get; }

    public DatelineKind Date { get; }

    public string? Published { get; }

    public bool IsDropped { get; }

    public bool IsStop { get; }

    /// <summary>Could be a headline: a short line with letters that does not end like a sentence.</summary>
    public bool IsHeadlineLike =>
        Words is >= 1 and <= 40 && Text.Length <= 320 && Date == DatelineKind.None && PageFurniture.HasLetter(Text)
        && !EndsLikeSentence(Text) && !IsStop && !IsDropped;

    /// <summary>Could be the headline above a date line, where some sites end headlines with a full stop.</summary>
    public bool IsTitleLike =>
        IsHeadlineLike
        || (Words is >= 2 and <= 25 && Text[^1] == '.' && Date == DatelineKind.None && !IsStop && !IsDropped
            && !Text.AsSpan(0, Text.Length - 1).Contains(". ", StringComparison.Ordinal));

    /// <summary>A line long enough to be a paragraph of an article rather than a headline or label.</summary>
    public bool IsParagraph => Words >= 12;

    /// <summary>A full paragraph of running text: long, and ending like a sentence or quotation.</summary>
    public bool IsRunningParagraph =>
        Words >= 15 && Date == DatelineKind.None && Text[^1] is '.' or '!' or '?' or '…' or '”' or '"' or '»' or ')';

    private static bool EndsLikeSentence(string text) =>
        text[^1] is ',' or ';' or ':' || (text[^1] == '.' && !text.EndsWith("...", StringComparison.Ordinal));

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }
}
