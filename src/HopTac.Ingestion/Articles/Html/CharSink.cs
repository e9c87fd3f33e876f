namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Appends to a caller's buffer without growing it: the prefilter sizes the buffer for its longest possible output
/// (<see cref="HtmlPrefilter.MaxOutputLength"/>). Writing there instead of a StringBuilder spares two large-object-heap copies
/// of every page (the builder's chunks and its string), and the parser reads the buffer directly.
/// </summary>
internal ref struct CharSink(Span<char> buffer)
{
    private readonly Span<char> buffer = buffer;

    public int Length { get; private set; }

    public void Append(ReadOnlySpan<char> text)
    {
        // Chunks meet where the prefilter cut something out. A stray "<" (text to a parser) left before the cut must
        // not meet a letter after it and become a tag the page never had ("<<!---->x" is text, "<x" a tag). One
        // space keeps it text; a cut is always longer than one character, so the buffer still suffices.
        if (Length > 0 && buffer[Length - 1] == '<' && text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] is '/' or '!' or '?'))
        {
            buffer[Length++] = ' ';
        }

        text.CopyTo(buffer[Length..]);
        Length += text.Length;
    }

    public void Append(char c) => buffer[Length++] = c;
}
