using HopTac.Storage.Knowledge;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.People;

internal sealed class IndexModel(IKnowledgeBase knowledge) : PageModel
{
    public string? Name { get; private set; }

    public IReadOnlyList<PersonProfile> Found { get; private set; } = [];

    public async Task OnGetAsync(string? name, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200)
        {
            return;
        }

        Name = trimmed;
        Found = await knowledge.FindPeopleAsync(trimmed, cancellationToken).ConfigureAwait(false);
    }
}
