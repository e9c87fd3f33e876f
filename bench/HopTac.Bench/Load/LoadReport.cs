namespace HopTac.Bench.Load;

/// <summary>The figures of a load run: searches and page views apart (page views are empty when none were asked).</summary>
internal sealed record LoadReport(SearchLoadResult Search, SearchLoadResult PageViews)
{
    public static LoadReport From(IReadOnlyList<SearchSample> samples, TimeSpan elapsed) => new(
        SearchLoadResult.From([.. samples.Where(s => s.Kind == LoadRequestKind.Search)], elapsed),
        SearchLoadResult.From([.. samples.Where(s => s.Kind == LoadRequestKind.PageView)], elapsed));

    /// <summary>Failed requests of either kind.</summary>
    public int Failed => Search.Failed + PageViews.Failed;

    public string ToText() => PageViews.Requests == 0
        ? "search     " + Search.ToText()
        : "search     " + Search.ToText() + "\npage views " + PageViews.ToText();
}
