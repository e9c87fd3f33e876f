namespace HopTac.Bench.Load;

/// <summary>What a <see cref="SearchLoad"/> run sends, to whom and for how long.</summary>
internal sealed record SearchLoadOptions(Uri Server, IReadOnlyList<string> Queries, int Clients, TimeSpan Duration)
{
    /// <summary>A bearer token for the API, or null when the server is public.</summary>
    public string? Token { get; init; }

    /// <summary>
    /// After each search that found pages, the client also opens one of them (GET /pages/{id}, the HTML view), as a
    /// reader does; the two kinds are reported apart.
    /// </summary>
    public bool PageViews { get; init; }

    /// <summary>A request slower than this counts as failed (status 0) rather than holding its client for ever.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Query strings (without "?") of the kinds curators type: general cooperation words with and without diacritics,
    /// phrases, and the partner, area and date facets.
    /// </summary>
    public static IReadOnlyList<string> DefaultQueries { get; } =
    [
        "q=hop+tac",
        "q=h%E1%BB%A3p+t%C3%A1c+y+t%E1%BA%BF",
        "q=bo+truong",
        "q=vac+xin",
        "q=ky+ket+ban+ghi+nho",
        "q=%22bi%E1%BB%83n+%C4%91%C3%B4ng%22",
        "q=dau+tu",
        "q=h%E1%BB%99i+%C4%91%C3%A0m",
        "q=giao+duc+dao+tao",
        "q=%22th%E1%BB%A7+t%C6%B0%E1%BB%9Bng%22",
        "q=hop+tac&partner=RU",
        "q=y+te&area=health",
        "q=thuong+mai&partner=JP",
        "q=quoc+phong&from=2016-01-01",
        "partner=LA&area=education",
        "q=vi%E1%BB%87n+tr%E1%BB%A3",
    ];
}
