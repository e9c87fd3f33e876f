using HopTac.Storage.Accounts;
using HopTac.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Admin;

[Authorize(Policy = AuthSetup.AdminPolicy)]
internal sealed class AuditModel(IAccountStore accounts) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Entries = await accounts.ListAuditAsync(300, cancellationToken).ConfigureAwait(false);
}
