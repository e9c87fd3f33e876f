using System.Security.Claims;
using System.Text.RegularExpressions;
using HopTac.Storage.Accounts;
using HopTac.Storage.Knowledge;
using HopTac.Web.Auth;
using HopTac.Web.Dashboard;

namespace HopTac.Web.Curation;

/// <summary>
/// Curation from the browser and the API: checks the request's shape, hands it to the knowledge base under the
/// user's name, and audits it. Decisions are revisions in the knowledge base; nothing is edited in place.
/// </summary>
internal sealed partial class CurationService(IKnowledgeBase knowledge, IAccountStore accounts, DashboardService dashboard, ILogger<CurationService> logger)
{
    public const int MaxWhyLength = 1000;
    public const int MaxFieldLength = 2000;
    public const int MaxFields = 32;
    public const int MaxSplitPages = 1000;

    public static readonly IReadOnlyList<string> Actions = ["accept", "reject", "edit", "merge", "split"];

    [GeneratedRegex("^[EAFP][0-9]{1,18}$", RegexOptions.CultureInvariant)]
    private static partial Regex FactIdPattern();

    [GeneratedRegex("^[a-z_]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();

    public static bool IsFactId(string? id) => id is not null && FactIdPattern().IsMatch(id);

    /// <summary>Shape problems of a request, one per field at most; empty when it may go to the knowledge base.</summary>
    public static IReadOnlyList<ShapeProblem> Validate(CurationRequest request)
    {
        var problems = new List<ShapeProblem>();
        if (!IsFactId(request.FactId))
        {
            problems.Add(new("id", CurationRefusals.BadId, [], "a fact id is a kind letter (E, A, F, P) and a number, e.g. E12"));
        }

        if (!Actions.Contains(request.Action, StringComparer.Ordinal))
        {
            problems.Add(new("action", CurationRefusals.UnknownAction, [request.Action ?? string.Empty], "one of accept, reject, edit, merge, split"));
        }

        if (request.Why is { Length: > MaxWhyLength })
        {
            problems.Add(new("why", CurationRefusals.WhyTooLong, [Text(MaxWhyLength)], $"at most {MaxWhyLength} characters"));
        }

        switch (request.Action)
        {
            case "edit":
                if (request.Changes is null || request.Changes.Count == 0)
                {
                    problems.Add(new("changes", CurationRefusals.NoChanges, [], "give at least one field to change"));
                }
                else if (request.Changes.Count > MaxFields
                    || request.Changes.Any(kv => !FieldPattern().IsMatch(kv.Key) || kv.Value is { Length: > MaxFieldLength }))
                {
                    problems.Add(new("changes", CurationRefusals.BadChanges, [Text(MaxFields), Text(MaxFieldLength)],
                        $"at most {MaxFields} fields, names in lower_snake_case, values up to {MaxFieldLength} characters"));
                }

                break;
            case "merge":
                if (!IsFactId(request.OtherFactId))
                {
                    problems.Add(new("other", CurationRefusals.MergeNeedsOther, [], "the id of the fact to merge into this one, e.g. E13"));
                }
                else if (string.Equals(request.OtherFactId, request.FactId, StringComparison.Ordinal))
                {
                    problems.Add(new("other", CurationRefusals.MergeSelf, [], "a fact cannot be merged with itself"));
                }
                else if (request.OtherFactId![0] != request.FactId[0])
                {
                    problems.Add(new("other", CurationRefusals.MergeSameKind, [], "only facts of the same kind can be merged"));
                }

                break;
            case "split":
                if (request.SplitPages is null || request.SplitPages.Count == 0)
                {
                    problems.Add(new("pages", CurationRefusals.SplitNeedsPages, [], "the ids of the pages to split off into a new fact"));
                }
                else if (request.SplitPages.Count > MaxSplitPages || request.SplitPages.Any(p => p <= 0))
                {
                    problems.Add(new("pages", CurationRefusals.SplitTooMany, [Text(MaxSplitPages)], $"1 to {MaxSplitPages} positive page ids"));
                }

                break;
        }

        return problems;
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks, applies and audits a curation as <paramref name="user"/>; <paramref name="via"/> names the entry point
    /// in the audit log (<see cref="CurationAudit.Web"/>, <see cref="CurationAudit.Api"/>, <see cref="CurationAudit.Review"/>).
    /// </summary>
    public async Task<CurationOutcome> ApplyAsync(ClaimsPrincipal user, CurationRequest request, string via, CancellationToken cancellationToken)
    {
        var who = HopTacClaims.NameOf(user);
        request = request with { Who = who };
        if (Validate(request) is [var first, ..])
        {
            return CurationOutcome.Invalid(first.Code, first.Field + ": " + first.Message, [.. first.Arguments]);
        }

        var outcome = await knowledge.CurateAsync(request, cancellationToken).ConfigureAwait(false);
        Log.Curated(logger, request.Action, request.FactId, who, outcome.Result.ToString());
        if (outcome.Result == CurationResult.Ok)
        {
            // A curator expects to see a rejection or a merge on the dashboard at once, not after the cache expires.
            dashboard.Invalidate();
            await CurationAudit.RecordAsync(accounts, request, outcome, via, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }
}
