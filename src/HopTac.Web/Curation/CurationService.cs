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

    /// <summary>Shape problems of a request (field name → messages); empty when it may go to the knowledge base.</summary>
    public static Dictionary<string, string[]> Validate(CurationRequest request)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!IsFactId(request.FactId))
        {
            problems["id"] = ["a fact id is a kind letter (E, A, F, P) and a number, e.g. E12"];
        }

        if (!Actions.Contains(request.Action, StringComparer.Ordinal))
        {
            problems["action"] = ["one of accept, reject, edit, merge, split"];
        }

        if (request.Why is { Length: > MaxWhyLength })
        {
            problems["why"] = [$"at most {MaxWhyLength} characters"];
        }

        switch (request.Action)
        {
            case "edit":
                if (request.Changes is null || request.Changes.Count == 0)
                {
                    problems["changes"] = ["give at least one field to change"];
                }
                else if (request.Changes.Count > MaxFields
                    || request.Changes.Any(kv => !FieldPattern().IsMatch(kv.Key) || kv.Value is { Length: > MaxFieldLength }))
                {
                    problems["changes"] = [$"at most {MaxFields} fields, names in lower_snake_case, values up to {MaxFieldLength} characters"];
                }

                break;
            case "merge":
                if (!IsFactId(request.OtherFactId))
                {
                    problems["other"] = ["the id of the fact to merge into this one, e.g. E13"];
                }
                else if (string.Equals(request.OtherFactId, request.FactId, StringComparison.Ordinal))
                {
                    problems["other"] = ["a fact cannot be merged with itself"];
                }
                else if (request.OtherFactId![0] != request.FactId[0])
                {
                    problems["other"] = ["only facts of the same kind can be merged"];
                }

                break;
            case "split":
                if (request.SplitPages is null || request.SplitPages.Count == 0)
                {
                    problems["pages"] = ["the ids of the pages to split off into a new fact"];
                }
                else if (request.SplitPages.Count > MaxSplitPages || request.SplitPages.Any(p => p <= 0))
                {
                    problems["pages"] = [$"1 to {MaxSplitPages} positive page ids"];
                }

                break;
        }

        return problems;
    }

    /// <summary>
    /// Checks, applies and audits a curation as <paramref name="user"/>; <paramref name="via"/> names the entry point
    /// in the audit log (<see cref="CurationAudit.Web"/>, <see cref="CurationAudit.Api"/>, <see cref="CurationAudit.Review"/>).
    /// </summary>
    public async Task<CurationOutcome> ApplyAsync(ClaimsPrincipal user, CurationRequest request, string via, CancellationToken cancellationToken)
    {
        var who = HopTacClaims.NameOf(user);
        request = request with { Who = who };
        if (Validate(request) is { Count: > 0 } problems)
        {
            return CurationOutcome.Invalid(string.Join("; ", problems.Select(p => p.Key + ": " + string.Join(", ", p.Value))));
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
