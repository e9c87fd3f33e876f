using System.Globalization;
using System.Text.Json;
using HopTac.Storage.Search;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>
/// The first pages of a tier in the exact order of <see cref="PageSearch"/>'s SQL ranking (bm25 times the adjacency
/// boost, then page id), found without scoring every match: Fagin's threshold algorithm over the impact index
/// (<see cref="ImpactIndex"/>). Each phrase of the query is read through one of its words, best bm25 part first (for a
/// frequency the shortest pages first, so every range read is an index range); every page seen is scored exactly from
/// its folded text (<see cref="PageTerms"/>, <see cref="Bm25"/>); reading stops when the k-th score is above what any
/// unseen page can reach (the boost's maximum times the sum of each phrase's idf times its list's frontier).
/// </summary>
/// <remarks>
/// Exact, not approximate: a page not yet seen holds each phrase at most as often as the list's word, so its score is
/// bounded by the frontier; when the bound cannot be beaten within <see cref="Budget"/> pages the caller falls back to
/// FTS5's full ranking. The store-wide figures bm25 needs (pages, tokens, pages per word) are read once, not counted
/// over the matches: a word's page count is kept in <c>search_words</c>; a quoted phrase of several words is counted by
/// FTS5 (its phrase list, without scoring).
/// </remarks>
internal sealed class ImpactRanking
{
    /// <summary>Pages scored (texts read) before giving up on a tier, when FTS5 ranks it instead.</summary>
    public const int Budget = 2_000;

    /// <summary>Index rows read before giving up on a tier.</summary>
    public const int ReadBudget = 200_000;

    /// <summary>Deepest slice end ranked this way; deeper pages are rare and FTS5 ranks them as before.</summary>
    public const int MaxDepth = 200;

    /// <summary>Each round lowers the threshold by this factor (bm25's part for a phrase is below k1 + 1 = 2.2).</summary>
    private const double Step = 0.9;

    private readonly SqliteConnection connection;
    private readonly SearchTerms terms;
    private readonly Bm25 bm25;
    private readonly IReadOnlyList<string> listWords;
    private readonly IReadOnlyList<int> maxFrequencies;
    private readonly IReadOnlyList<string>? adjacent;

    private ImpactRanking(SqliteConnection connection, SearchTerms terms, Bm25 bm25, IReadOnlyList<string> listWords, IReadOnlyList<int> maxFrequencies)
    {
        this.connection = connection;
        this.terms = terms;
        this.bm25 = bm25;
        this.listWords = listWords;
        this.maxFrequencies = maxFrequencies;
        adjacent = RelevanceBoost.AdjacentWords(terms);
    }

    /// <summary>Pages scored by the last <see cref="RankAsync"/> (the benchmark's measure of work per query).</summary>
    public int Scored { get; private set; }

    /// <summary>The ranking for <paramref name="terms"/>, or null while the impact index is not complete.</summary>
    public static async Task<ImpactRanking?> OpenAsync(SqliteConnection connection, SearchTerms terms, CancellationToken cancellationToken)
    {
        // One bit per phrase marks the lists a page was seen in.
        if (terms.Phrases.Count > 30 || !await ImpactIndex.IsCompleteAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var (rows, tokens) = await TotalsAsync(connection, cancellationToken).ConfigureAwait(false);
        var idf = new List<double>();
        var listWords = new List<string>();
        var maxFrequencies = new List<int>();
        foreach (var phrase in terms.Phrases)
        {
            var counts = new List<(string Word, long Pages)>();
            foreach (var word in phrase)
            {
                counts.Add((word, await ScalarAsync(connection, "SELECT pages FROM search_words WHERE word = $w", ("$w", word), cancellationToken).ConfigureAwait(false)));
            }

            var hits = phrase.Count == 1
                ? counts[0].Pages
                : await ScalarAsync(connection, "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH $p", ("$p", SearchTerms.Expression([phrase])), cancellationToken).ConfigureAwait(false);
            idf.Add(Bm25.InverseFrequency(rows, hits));
            var rarest = counts.MinBy(c => c.Pages).Word;
            listWords.Add(rarest);
            maxFrequencies.Add((int)await ScalarAsync(connection, "SELECT coalesce(max(freq), 0) FROM search_impacts WHERE word = $w", ("$w", rarest), cancellationToken).ConfigureAwait(false));
        }

        return new ImpactRanking(connection, terms, new Bm25(rows, tokens, idf), listWords, maxFrequencies);
    }

    /// <summary>
    /// The slice [skip, skip + take) of the pages <paramref name="eligible"/> keeps (the tier and the quoted spellings),
    /// in rank order with their scores; null when it could not be decided within <see cref="Budget"/> pages.
    /// </summary>
    public async Task<List<RankedCandidate>?> RankAsync(
        Func<List<long>, Task<HashSet<long>>> eligible, int skip, int take, CancellationToken cancellationToken)
    {
        var need = skip + take;
        var maxFactor = RelevanceBoost.MaxFactor(terms);
        var cuts = maxFrequencies.Select(m => new long[m + 1]).ToList();
        var pending = new Dictionary<long, (double Known, int Lists)>();
        var done = new HashSet<long>();
        var found = new List<(long Id, double Score)>();
        var threshold = Bm25.K1 + 1.0;
        var read = 0;
        Scored = 0;
        while (threshold > 1e-3)
        {
            threshold *= Step;
            for (var i = 0; i < listWords.Count; i++)
            {
                foreach (var (id, frequency, length) in await ReadAsync(i, cuts[i], threshold, cancellationToken).ConfigureAwait(false))
                {
                    read++;
                    if (!done.Contains(id))
                    {
                        // The posting's part bounds the phrase's part from above (exactly it for a one-word phrase).
                        var (known, lists) = pending.GetValueOrDefault(id);
                        pending[id] = (known + (bm25.InverseFrequencies[i] * bm25.Part(frequency, length)), lists | (1 << i));
                    }
                }
            }

            if (read > ReadBudget)
            {
                return null;
            }

            // A page seen in some lists can score at most its parts there plus the frontier of the others: only pages
            // whose bound reaches the k-th score found so far are worth reading (MaxScore's pruning; bounds only fall
            // and the k-th score only rises, so a page passed over now never needs reading later).
            var frontiers = Enumerable.Range(0, cuts.Count).Select(i => bm25.InverseFrequencies[i] * Frontier(cuts[i])).ToArray();
            var kth = Kth(found, need);
            var worth = pending.Where(p => Reach(p.Value, frontiers, maxFactor) * (1 + 1e-9) >= kth).Select(p => p.Key).ToList();
            if (worth.Count > 0)
            {
                Scored += worth.Count;
                if (Scored > Budget)
                {
                        return null;
                }

                // Scored first: pages missing a phrase drop out before the tier is asked of the marked index.
                var matches = await ScoreAsync(worth, cancellationToken).ConfigureAwait(false);
                var keep = await eligible(matches.ConvertAll(m => m.Id)).ConfigureAwait(false);
                found.AddRange(matches.Where(m => keep.Contains(m.Id)));
                foreach (var id in worth)
                {
                    pending.Remove(id);
                    done.Add(id);
                }

                kth = Kth(found, need);
            }

            var unseen = maxFactor * frontiers.Sum();
            if (found.Count >= need && kth > unseen * (1 + 1e-9)
                && pending.Values.All(p => kth > Reach(p, frontiers, maxFactor) * (1 + 1e-9)))
            {
                return found.OrderByDescending(f => f.Score).ThenBy(f => f.Id).Skip(skip).Take(take)
                    .Select(f => new RankedCandidate(f.Id, f.Score) { Score = f.Score }).ToList();
            }
        }

        return null;
    }

    /// <summary>The need-th best score found, or below any score while fewer are found.</summary>
    private static double Kth(List<(long Id, double Score)> found, int need) =>
        found.Count < need ? double.NegativeInfinity : found.Select(f => f.Score).OrderDescending().ElementAt(need - 1);

    /// <summary>The most a page seen in <paramref name="seen"/>'s lists can score.</summary>
    private static double Reach((double Known, int Lists) seen, double[] frontiers, double maxFactor)
    {
        var sum = seen.Known;
        for (var i = 0; i < frontiers.Length; i++)
        {
            if ((seen.Lists & (1 << i)) == 0)
            {
                sum += frontiers[i];
            }
        }

        return maxFactor * sum;
    }

    /// <summary>The largest part a row of this list not read yet can have (rows never stored included).</summary>
    private double Frontier(long[] cut)
    {
        // Rows never stored (frequency 1 in a page longer than ImpactIndex.ShortPage) are below this for every word.
        var frontier = bm25.Part(1, ImpactIndex.ShortPage + 1);
        for (var f = 1; f < cut.Length; f++)
        {
            frontier = Math.Max(frontier, bm25.Part(f, cut[f]));
        }

        return frontier;
    }

    /// <summary>The pages of list <paramref name="i"/> whose part lies between the last threshold and <paramref name="threshold"/>.</summary>
    private async Task<List<(long Id, int Frequency, long Length)>> ReadAsync(int i, long[] cut, double threshold, CancellationToken cancellationToken)
    {
        var ranges = new List<long[]>();
        for (var f = 1; f < cut.Length; f++)
        {
            var below = bm25.LengthBelow(f, threshold);
            if (f == 1)
            {
                // Frequency-1 rows of longer pages are not stored: reading past them would claim pages never seen.
                below = Math.Min(below, ImpactIndex.ShortPage + 1);
            }

            if (below > cut[f])
            {
                ranges.Add([f, cut[f], below]);
                cut[f] = below;
            }
        }

        var ids = new List<(long, int, long)>();
        if (ranges.Count == 0)
        {
            return ids;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.page_id, i.freq, i.length FROM json_each($ranges) r CROSS JOIN search_impacts i
            WHERE i.word = $w AND i.freq = r.value ->> 0 AND i.length >= r.value ->> 1 AND i.length < r.value ->> 2
            """;
        command.Parameters.AddWithValue("$ranges", JsonSerializer.Serialize(ranges));
        command.Parameters.AddWithValue("$w", listWords[i]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetInt64(2)));
        }

        return ids;
    }

    /// <summary>Exact scores of pages, from their folded text; pages missing a phrase (a list word outside it) are dropped.</summary>
    private async Task<List<(long Id, double Score)>> ScoreAsync(List<long> ids, CancellationToken cancellationToken)
    {
        var scored = new List<(long, double)>();
        if (ids.Count == 0)
        {
            return scored;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, title, body FROM pages_fts WHERE rowid IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        var frequencies = new double[terms.Phrases.Count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var page = new PageTerms(SqlCommands.NullableString(reader, 1), SqlCommands.NullableString(reader, 2));
            var all = true;
            for (var i = 0; i < frequencies.Length && all; i++)
            {
                frequencies[i] = page.Frequency(terms.Phrases[i]);
                all = frequencies[i] > 0;
            }

            if (all)
            {
                var score = bm25.Score(frequencies, page.Length);
                scored.Add((reader.GetInt64(0), adjacent is not null && page.HasPhrase(adjacent) ? score * RelevanceBoost.AdjacentFactor : score));
            }
        }

        return scored;
    }

    /// <summary>The page count and token total FTS5 keeps for bm25 (its averages record: varints, pages then each column's tokens).</summary>
    private static async Task<(long Rows, long Tokens)> TotalsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT block FROM pages_fts_data WHERE id = 1";
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not byte[] block)
        {
            return (0, 0);
        }

        var offset = 0;
        var rows = Varint(block, ref offset);
        var tokens = 0L;
        for (var column = 0; column < 2 && offset < block.Length; column++)
        {
            tokens += Varint(block, ref offset);
        }

        return (rows, tokens);
    }

    /// <summary>SQLite's varint: big-endian groups of 7 bits, the high bit set on all but the last, the ninth byte whole.</summary>
    private static long Varint(byte[] bytes, ref int offset)
    {
        long value = 0;
        for (var i = 0; i < 8 && offset < bytes.Length; i++)
        {
            var b = bytes[offset++];
            value = (value << 7) | (long)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        return offset < bytes.Length ? (value << 8) | bytes[offset++] : value;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, (string Name, string Value) parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }
}
