namespace HopTac.Core.Extraction.Relevance;

/// <summary>
/// Weighted cue totals of a page: cooperation cues (<see cref="Positive"/>), of which the strong ones that name
/// diplomacy itself (<see cref="Strong"/>: talks, envoys, agreements, once each in the body), cues of sport, crime,
/// disasters and entertainment (<see cref="Negative"/>), and the number of distinct foreign states and
/// organisations named.
/// </summary>
public sealed record RelevanceScore(double Positive, double Strong, double Negative, int ForeignActors)
{
    /// <summary>
    /// Diplomacy needs a foreign party, at least one strong cue (business news speaks of "hợp tác" and "đầu tư"
    /// too, but rarely of envoys and talks), enough cues overall, and more of them than of other news. Tuned on
    /// ViMs story clusters: every page of a cluster reports the same story, so a rule should treat them alike.
    /// </summary>
    public bool IsRelevant => ForeignActors >= 1 && Strong >= 3 && Positive >= 10 && Positive >= 1.5 * Negative;
}
