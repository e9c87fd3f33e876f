namespace HopTac.Storage.Knowledge;

/// <summary>
/// The codes of every refused curation (<see cref="CurationOutcome.Code"/>), whichever entry point refused it: the
/// knowledge base, or the web app's check of a request's shape. Each has a sentence in both languages of the web
/// app (resources <c>CurationError_{code}</c>); a test fails when one lacks it.
/// </summary>
public static class CurationRefusals
{
    public const string NotFound = "not-found";
    public const string Edit = "edit";
    public const string NoRequest = "no-request";
    public const string UnknownAction = "unknown-action";
    public const string Who = "who";
    public const string WhyTooLong = "why-too-long";
    public const string BadId = "bad-id";
    public const string NoChanges = "no-changes";
    public const string BadChanges = "bad-changes";
    public const string MergeNeedsOther = "merge-needs-other";
    public const string MergeSameKind = "merge-same-kind";
    public const string MergeSelf = "merge-self";
    public const string SplitNeedsPages = "split-needs-pages";
    public const string SplitTooMany = "split-too-many";
    public const string SplitNotSource = "split-not-source";
    public const string SplitLeavesNone = "split-leaves-none";

    /// <summary>Every code, for the test that each has its sentences.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        NotFound, Edit, NoRequest, UnknownAction, Who, WhyTooLong, BadId, NoChanges, BadChanges, MergeNeedsOther,
        MergeSameKind, MergeSelf, SplitNeedsPages, SplitTooMany, SplitNotSource, SplitLeavesNone,
    ];
}
