namespace HopTac.Storage.Search;

/// <summary>
/// SQLite FTS5's bm25 (<c>fts5_aux.c</c>: k1 = 1.2, b = 0.75, an idf at or below zero raised to 1e-6), computed with
/// the same operations in the same order so that a score computed here is the same double FTS5 returns. The store-wide
/// figures (pages, mean length in tokens, pages holding each phrase) are read once per query, never per match.
/// </summary>
internal sealed class Bm25(long rows, long tokens, IReadOnlyList<double> inverseFrequencies)
{
    public const double K1 = 1.2;

    public const double B = 0.75;

    private readonly double averageLength = (double)tokens / (double)Math.Max(1, rows);

    /// <summary>bm25's inverse document frequency of a phrase held by <paramref name="hits"/> of <paramref name="rows"/> pages.</summary>
    public static double InverseFrequency(long rows, long hits)
    {
        var idf = Math.Log((Math.Max(1, rows) - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    public IReadOnlyList<double> InverseFrequencies => inverseFrequencies;

    /// <summary>One phrase's share before its idf: rises with its weighted frequency, falls with the page's length.</summary>
    public double Part(double frequency, double length) =>
        (frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * length / averageLength));

    /// <summary>The page's score (positive; FTS5 returns its negation) for the weighted frequency of each phrase.</summary>
    public double Score(ReadOnlySpan<double> frequencies, int length)
    {
        var score = 0.0;
        for (var i = 0; i < inverseFrequencies.Count; i++)
        {
            score += inverseFrequencies[i] * Part(frequencies[i], length);
        }

        return score;
    }

    /// <summary>
    /// The smallest page length whose part for <paramref name="frequency"/> is at most <paramref name="threshold"/>:
    /// every shorter page scores above it. Checked against <see cref="Part"/> so rounding cannot lose a page.
    /// </summary>
    public long LengthBelow(int frequency, double threshold)
    {
        var exact = averageLength * ((frequency * (K1 + 1.0) / threshold) - frequency - (K1 * (1 - B))) / (K1 * B);
        if (exact < 0)
        {
            return 0;
        }

        if (exact > int.MaxValue)
        {
            return int.MaxValue;
        }

        var length = (long)Math.Floor(exact);
        while (length > 0 && Part(frequency, length - 1) <= threshold)
        {
            length--;
        }

        while (length < int.MaxValue && Part(frequency, length) > threshold)
        {
            length++;
        }

        return length;
    }
}
