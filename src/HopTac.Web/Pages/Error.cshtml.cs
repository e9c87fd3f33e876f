using HopTac.Core.Partners;
using HopTac.Web.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages;

/// <summary>
/// The HTML page a browser sees for an error status (an unknown fact, page, person or partner; a bad request):
/// the layout, a sentence in the reader's language and a way on. The API keeps its ProblemDetails JSON.
/// </summary>
[AllowAnonymous]
internal sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    /// <summary>The address that failed, as the browser asked for it.</summary>
    public string? Path { get; private set; }

    /// <summary>Partners the failed /partners/… address may have meant.</summary>
    public IReadOnlyList<PartnerName> PartnerHints { get; private set; } = [];

    public void OnGet(int status)
    {
        Status = status is >= 400 and <= 599 ? status : 404;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Path = original?.OriginalPath;
        if (Path is not null && Path.StartsWith("/partners/", StringComparison.OrdinalIgnoreCase))
        {
            PartnerHints = PartnerResolution.Suggest(Uri.UnescapeDataString(Path["/partners/".Length..]));
        }
    }
}
