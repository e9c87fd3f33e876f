using HopTac.Storage.Knowledge;
using HopTac.Web.Auth;
using HopTac.Web.Curation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HopTac.Web.Pages.Review;

/// <summary>
/// The review queue (issue 16): facts no curator has decided on yet, most supporting pages and most recent first,
/// accepted, rejected or corrected one at a time or a selection at once. Every decision goes through
/// <see cref="CurationService"/> (the one validator, the audit log); after it the page comes back at the same row,
/// which the next fact now fills. The keyboard shortcuts are in Assets/review.js.
/// </summary>
[Authorize(Policy = AuthSetup.EditorPolicy)]
internal sealed class IndexModel(IKnowledgeBase knowledge, CurationService curation, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Most facts one bulk decision takes: a page of the queue.</summary>
    public const int MaxBulk = PageSize;

    public ReviewQueuePage Queue { get; private set; } = new(0, 0, []);

    public string? Kind { get; private set; }

    /// <summary>The row to focus: where the last decision was taken.</summary>
    public int At { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? kind, int offset, int at, string? done, int n, CancellationToken cancellationToken)
    {
        if (done is "accept" or "reject" or "edit" && n > 0)
        {
            Message = string.Format(System.Globalization.CultureInfo.CurrentCulture, t["Review_done_" + done].Value, n);
        }

        return await LoadAsync(kind, offset, at, cancellationToken).ConfigureAwait(false) ? Page() : BadRequest();
    }

    /// <summary>One fact (<paramref name="decision"/> "accept:E12") or the selected ones (<paramref name="bulk"/> "accept" with <paramref name="ids"/>).</summary>
    public async Task<IActionResult> OnPostDecideAsync(string? decision, string? bulk, string[]? ids, string? kind, int offset, int at, CancellationToken cancellationToken)
    {
        string action;
        IReadOnlyList<string> facts;
        if (decision?.Split(':', 2) is [var one, var id])
        {
            (action, facts) = (one, [id]);
        }
        else
        {
            (action, facts) = (bulk ?? string.Empty, (ids ?? []).Distinct(StringComparer.Ordinal).Take(MaxBulk + 1).ToList());
        }

        if (action is not ("accept" or "reject") || facts.Count > MaxBulk)
        {
            return BadRequest();
        }

        if (facts.Count == 0)
        {
            return await ShowAsync(kind, offset, at, t["Review_none_selected"].Value, cancellationToken).ConfigureAwait(false);
        }

        var failures = new List<string>();
        foreach (var fact in facts)
        {
            var outcome = await curation.ApplyAsync(User, new CurationRequest(fact, action, string.Empty), CurationAudit.Review, cancellationToken).ConfigureAwait(false);
            if (outcome.Result != CurationResult.Ok)
            {
                failures.Add(fact + ": " + CurationMessages.Describe(t, outcome));
            }
        }

        if (failures.Count > 0)
        {
            return await ShowAsync(kind, offset, at, string.Join("; ", failures), cancellationToken).ConfigureAwait(false);
        }

        return Back(kind, offset, at, action, facts.Count);
    }

    /// <summary>A correction typed in the queue's edit form: only the fields the curator changed become the revision.</summary>
    public async Task<IActionResult> OnPostEditAsync(string? id, string? why, string? kind, int offset, int at, CancellationToken cancellationToken)
    {
        var current = CurationService.IsFactId(id) ? await knowledge.GetFactAsync(id!, cancellationToken).ConfigureAwait(false) : null;
        if (current is null)
        {
            return await ShowAsync(kind, offset, at, t["Review_gone"].Value, cancellationToken).ConfigureAwait(false);
        }

        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in FactEdits.FieldsOf(current.Id[0]))
        {
            if (Request.Form.TryGetValue("f." + field, out var typed))
            {
                var value = string.IsNullOrWhiteSpace(typed.ToString()) ? null : typed.ToString().Trim();
                if (!string.Equals(value, current.Fields.GetValueOrDefault(field), StringComparison.Ordinal))
                {
                    changes[field] = value;
                }
            }
        }

        if (changes.Count == 0)
        {
            return Back(kind, offset, at, null, 0);
        }

        var request = new CurationRequest(current.Id, "edit", string.Empty, string.IsNullOrWhiteSpace(why) ? null : why.Trim(), changes);
        var outcome = await curation.ApplyAsync(User, request, CurationAudit.Review, cancellationToken).ConfigureAwait(false);
        return outcome.Result == CurationResult.Ok
            ? Back(kind, offset, at, "edit", 1)
            : await ShowAsync(kind, offset, at, current.Id + ": " + CurationMessages.Describe(t, outcome), cancellationToken).ConfigureAwait(false);
    }

    private RedirectResult Back(string? kind, int offset, int at, string? done, int n)
    {
        var query = new List<string>();
        if (ReviewQuery.TryKind(kind, out var code) && code is not null)
        {
            query.Add("kind=" + code);
        }

        if (offset > 0)
        {
            query.Add("offset=" + offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        query.Add("at=" + Math.Max(0, at).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (done is not null)
        {
            query.Add("done=" + done);
            query.Add("n=" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return Redirect("/review?" + string.Join("&", query));
    }

    private async Task<IActionResult> ShowAsync(string? kind, int offset, int at, string message, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, offset, at, cancellationToken).ConfigureAwait(false))
        {
            return BadRequest();
        }

        Message = message;
        Failed = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }

    private async Task<bool> LoadAsync(string? kind, int offset, int at, CancellationToken cancellationToken)
    {
        if (!ReviewQuery.TryKind(kind, out var code) || offset < 0)
        {
            return false;
        }

        Kind = code?.ToString();
        Queue = await knowledge.GetReviewQueueAsync(new ReviewQuery(Kind, offset, PageSize), cancellationToken).ConfigureAwait(false);
        At = Math.Clamp(at, 0, Math.Max(0, Queue.Items.Count - 1));
        return true;
    }
}
