using System.Globalization;
using HopTac.Storage.Accounts;

namespace HopTac.Storage.Knowledge;

/// <summary>
/// The audit entry of a curation, the same whichever entry point took it (the CLI, a web form, the API, the review
/// queue): action "fact-accept", "fact-edit"…, target "fact:E12", and a detail saying through what, which fields,
/// and why. The knowledge base's own history keeps the values; the audit log answers "who did what, from where".
/// </summary>
public static class CurationAudit
{
    public const string Cli = "cli";
    public const string Web = "web";
    public const string Api = "api";
    public const string Review = "review";

    public static string Action(CurationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return "fact-" + request.Action;
    }

    public static string? Detail(CurationRequest request, string via)
    {
        ArgumentNullException.ThrowIfNull(request);
        var what = request.Action switch
        {
            "edit" when request.Changes is { Count: > 0 } changes => string.Join(", ", changes.Keys),
            "merge" => "with " + request.OtherFactId,
            "split" when request.SplitPages is { } pages => "pages " + string.Join(",", pages.Select(p => p.ToString(CultureInfo.InvariantCulture))),
            _ => null,
        };
        var parts = new[] { "via " + via, what, request.Why }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(" — ", parts);
    }

    /// <summary>Writes the entry for a curation the knowledge base accepted.</summary>
    public static Task RecordAsync(IAccountStore accounts, CurationRequest request, CurationOutcome outcome, string via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outcome);
        return accounts.AuditAsync(request.Who, Action(request), "fact:" + request.FactId, Detail(request, via), cancellationToken);
    }
}
