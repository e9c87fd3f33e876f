namespace HopTac.Export.Dossier;

/// <summary>
/// What a dossier covers: a partner (state code or bloc), an optional period (inclusive ISO dates, as timelines
/// read them), an optional cooperation area, whether only facts a curator accepted or edited count, and the
/// language (Vietnamese unless English is asked for).
/// </summary>
public sealed record DossierRequest(string Partner)
{
    public string? From { get; init; }

    public string? To { get; init; }

    public string? Area { get; init; }

    public bool CuratedOnly { get; init; }

    public bool English { get; init; }
}
