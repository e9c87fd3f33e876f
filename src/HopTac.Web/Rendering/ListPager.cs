using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace HopTac.Web.Rendering;

/// <summary>
/// One page of a list a page holds in full (a partner's events, a person's events): <see cref="PageSize"/> rows from
/// <see cref="Offset"/>, out of <see cref="Total"/>, with links that keep every other parameter of the address (the
/// date filter, the other lists' pages). A page shows every row this way, never the first N in silence.
/// </summary>
internal sealed record ListPager(string Parameter, int Offset, int Count, int Total)
{
    public const int PageSize = 50;

    /// <summary>The rows of the page the address asks for (parameter <paramref name="parameter"/>, a row offset).</summary>
    public static (IReadOnlyList<T> Rows, ListPager Pager) Slice<T>(IReadOnlyList<T> all, HttpRequest request, string parameter)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(request);
        var asked = int.TryParse(request.Query[parameter], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        // Past the end (an old link after a curation) shows the last page rather than an empty table.
        var last = all.Count == 0 ? 0 : (all.Count - 1) / PageSize * PageSize;
        var offset = Math.Min(asked / PageSize * PageSize, last);
        var rows = all.Skip(offset).Take(PageSize).ToList();
        return (rows, new ListPager(parameter, offset, rows.Count, all.Count));
    }

    public bool HasPrevious => Offset > 0;

    public bool HasNext => Offset + Count < Total;

    /// <summary>The address of the page starting at <paramref name="offset"/>, anchored at the list.</summary>
    public string Href(HttpRequest request, int offset, string anchor)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pairs = request.Query.Where(p => !string.Equals(p.Key, Parameter, StringComparison.Ordinal))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .ToList();
        if (offset > 0)
        {
            pairs.Add(new(Parameter, offset.ToString(CultureInfo.InvariantCulture)));
        }

        return request.PathBase + request.Path + QueryString.Create(pairs) + "#" + anchor;
    }
}
