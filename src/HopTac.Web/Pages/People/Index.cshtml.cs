using HopTac.Storage.Knowledge;
using HopTac.Web.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.People;

internal sealed class IndexModel(IKnowledgeBase knowledge) : PageModel
{
    public string? Name { get; private set; }

    /// <summary>The people of this page of the list (parameter <c>offset</c>), 50 at a time.</summary>
    public IReadOnlyList<PersonProfile> Found { get; private set; } = [];

    public ListPager Pager { get; private set; } = new("offset", 0, 0, 0);

    public async Task OnGetAsync(string? name, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200)
        {
            return;
        }

        Name = trimmed;
        (Found, Pager) = ListPager.Slice(await knowledge.FindPeopleAsync(trimmed, cancellationToken).ConfigureAwait(false), Request, "offset");
    }
}
