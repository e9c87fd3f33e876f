using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Account;

[AllowAnonymous]
internal sealed class DeniedModel : PageModel
{
#pragma warning disable CA1822 // Razor Pages finds handlers among instance methods
    public void OnGet()
    {
    }
#pragma warning restore CA1822
}
