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
        text.CopyTo(buffer[Length..]);
        Length += text.Length;
    }

    public void Append(char c) => buffer[Length++] = c;
}
