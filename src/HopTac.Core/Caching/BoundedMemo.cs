using System.Collections.Concurrent;

namespace HopTac.Core.Caching;

/// <summary>
/// Answers of a pure function kept by key, safe across extraction threads. At most <c>capacity</c> answers are kept,
/// so hostile input (endless distinct keys) cannot grow it without limit; past the bound, answers are computed afresh.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>(int capacity, IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> answers = new(comparer);

    /// <summary>The kept answer for <paramref name="key"/>, else <paramref name="compute"/>'s, kept while there is room.</summary>
    public TValue Get(TKey key, Func<TKey, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (answers.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key);
        if (answers.Count < capacity)
        {
            answers.TryAdd(key, value);
        }

        return value;
    }
}
