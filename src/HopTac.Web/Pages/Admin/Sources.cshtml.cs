using HopTac.Storage.Crawling;
using HopTac.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.Admin;

/// <summary>
/// The sources the crawler follows (<c>hoptac watch</c> fetches them; this page only reads and edits the list): last
/// fetch, pages gained, what waits, errors; add a source by URL and kind, pause or resume one.
/// </summary>
[Authorize(Policy = AuthSetup.AdminPolicy)]
internal sealed class SourcesModel(ICrawlStore crawl, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly IReadOnlyList<string> Kinds = ["feed", "sitemap", "section"];

    public IReadOnlyList<SourceSummary> Sources { get; private set; } = [];

    public IReadOnlyList<FetchLogEntry> Fetches { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sources = await crawl.ListSourcesAsync(cancellationToken).ConfigureAwait(false);
        Fetches = await crawl.RecentFetchesAsync(50, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostAddAsync(string? url, string? kind, string? name, int? minutes, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !Enum.TryParse<SourceKind>(kind, ignoreCase: true, out var sourceKind) || !Kinds.Contains(kind!.ToLowerInvariant()))
        {
            Message = text["Not a source"];
            await OnGetAsync(cancellationToken).ConfigureAwait(false);
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        var every = TimeSpan.FromMinutes(Math.Clamp(minutes ?? 30, 5, 10080));
        var normalized = new UriBuilder(uri) { Fragment = string.Empty }.Uri.AbsoluteUri;
        await crawl.AddSourceAsync(normalized, string.IsNullOrWhiteSpace(name) ? $"{uri.Host}{uri.AbsolutePath}" : name.Trim(), sourceKind, every, cancellationToken).ConfigureAwait(false);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPauseAsync(long id, bool paused, CancellationToken cancellationToken)
    {
        await crawl.SetPausedAsync(id, paused, cancellationToken).ConfigureAwait(false);
        return RedirectToPage();
    }
}
