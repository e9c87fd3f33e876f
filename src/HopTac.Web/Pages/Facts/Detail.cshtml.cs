using HopTac.Storage.Accounts;
using HopTac.Storage.Knowledge;
using HopTac.Web.Auth;
using HopTac.Web.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Facts;

/// <summary>One consolidated fact: its values, every source, its history, and curation forms for editors.</summary>
internal sealed class DetailModel(IKnowledgeBase knowledge, CurationService curation, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const string FieldPrefix = "f.";

    public FactDetail? Fact { get; private set; }

    public IReadOnlyList<FactRevision> History { get; private set; } = [];

    /// <summary>The curation just done (an action name, shown in words), or when <see cref="Failed"/> why it was refused.</summary>
    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(string id, string? why, CancellationToken cancellationToken) =>
        CurateAsync(new CurationRequest(id, "accept", string.Empty, Blank(why)), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(string id, string? why, CancellationToken cancellationToken) =>
        CurateAsync(new CurationRequest(id, "reject", string.Empty, Blank(why)), cancellationToken);

    public async Task<IActionResult> OnPostEditAsync(string id, string? why, CancellationToken cancellationToken)
    {
        var current = CurationService.IsFactId(id) ? await knowledge.GetFactAsync(id, cancellationToken).ConfigureAwait(false) : null;
        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in Request.Form)
        {
            if (!key.StartsWith(FieldPrefix, StringComparison.Ordinal) || changes.Count >= CurationService.MaxFields)
            {
                continue;
            }

            var field = key[FieldPrefix.Length..];
            var text = Blank(value.ToString());
            // Only what the curator changed becomes a revision; untouched inputs echo the current values.
            if (current is null || !string.Equals(current.Fields.GetValueOrDefault(field), text, StringComparison.Ordinal))
            {
                changes[field] = text;
            }
        }

        return await CurateAsync(new CurationRequest(id, "edit", string.Empty, Blank(why), changes), cancellationToken).ConfigureAwait(false);
    }

    public Task<IActionResult> OnPostMergeAsync(string id, string? other, string? why, CancellationToken cancellationToken) =>
        CurateAsync(new CurationRequest(id, "merge", string.Empty, Blank(why), OtherFactId: other?.Trim().ToUpperInvariant()), cancellationToken);

    public Task<IActionResult> OnPostSplitAsync(string id, long[]? pages, string? why, CancellationToken cancellationToken) =>
        CurateAsync(new CurationRequest(id, "split", string.Empty, Blank(why), SplitPages: pages ?? []), cancellationToken);

    private async Task<IActionResult> CurateAsync(CurationRequest request, CancellationToken cancellationToken)
    {
        if (!HopTacClaims.Can(User, Roles.Editor))
        {
            return Forbid();
        }

        var outcome = await curation.ApplyAsync(User, request, CurationAudit.Web, cancellationToken).ConfigureAwait(false);
        if (outcome.Result == CurationResult.Ok)
        {
            return Redirect($"/facts/{Uri.EscapeDataString(outcome.FactId ?? request.FactId)}?done={Uri.EscapeDataString(request.Action)}");
        }

        if (!await LoadAsync(request.FactId, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        Failed = true;
        Message = CurationMessages.Describe(localizer, outcome);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!CurationService.IsFactId(id))
        {
            return false;
        }

        Fact = await knowledge.GetFactAsync(id, cancellationToken).ConfigureAwait(false);
        if (Fact is null)
        {
            return false;
        }

        History = await knowledge.GetHistoryAsync(id, cancellationToken).ConfigureAwait(false);
        if (Request.Query["done"].ToString() is { Length: > 0 and < 20 } done && CurationService.Actions.Contains(done, StringComparer.Ordinal))
        {
            Message = done;
        }

        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
