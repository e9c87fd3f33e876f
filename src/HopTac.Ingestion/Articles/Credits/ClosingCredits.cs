namespace HopTac.Ingestion.Articles.Credits;

/// <summary>
/// Finds the credit lines that close an article (bylines, agency and photo credits) so that persons become
/// <c>authors</c> and no credit stays in the text. An article is a list of lines in groups: a text dump separates
/// its paragraphs from the image captions by a blank line, an HTML body makes each paragraph a group. Credits are
/// looked for at the end of the last few groups only, and a bare name ("Thu Hà") only where it ends the running text
/// (the article's last line, or the last line of a group of several lines before the captions): a credit taken in
/// error deletes a real paragraph, which costs more than a byline missed.
/// </summary>
internal static class ClosingCredits
{
    /// <summary>Groups looked at, from the end: the paragraphs, the captions, a lone byline between them.</summary>
    private const int MaxGroups = 3;

    /// <summary>Credit lines taken from the end of one group ("Minh Châu", "Theo TTXVN").</summary>
    private const int MaxPerGroup = 3;

    /// <param name="lines">The article's lines in order.</param>
    /// <param name="startsGroup">For each line, whether it opens a new group (follows a blank line).</param>
    public static ClosingCreditsResult Find(IReadOnlyList<string> lines, IReadOnlyList<bool> startsGroup)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(startsGroup);
        var removed = new List<int>();
        var persons = new List<string>();
        if (lines.Count < 2)
        {
            return new ClosingCreditsResult(removed, persons);
        }

        // Group bounds from the end; the first line always opens a group.
        var ends = new List<(int Start, int End)>();
        var end = lines.Count;
        for (var i = lines.Count - 1; i >= 0 && ends.Count < MaxGroups; i--)
        {
            if (i == 0 || (i < startsGroup.Count && startsGroup[i]))
            {
                ends.Add((i, end));
                end = i;
            }
        }

        // Later groups removed entirely leave the one before them at the article's end.
        var atEnd = true;
        foreach (var (start, stop) in ends)
        {
            var taken = 0;
            var row = stop - 1;
            while (row > 0 && row >= start && taken < MaxPerGroup)
            {
                var credit = CreditLine.Read(lines[row]);
                var bareNameAllowed = atEnd || stop - start >= 2;
                if (credit.Kind == CreditKind.None || (credit.Kind == CreditKind.Persons && !credit.Marked && !bareNameAllowed))
                {
                    break;
                }

                removed.Add(row);
                if (credit.Kind == CreditKind.Persons && persons.Count == 0)
                {
                    persons.AddRange(credit.Names);
                }

                taken++;
                row--;
            }

            atEnd = atEnd && row < start;
        }

        removed.Sort();
        return new ClosingCreditsResult(removed, persons);
    }
}
