using System.Globalization;
using HopTac.Storage.Watchlists;
using HopTac.Web.Auth;
using HopTac.Web.Watchlists;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HopTac.Web.Api;

/// <summary>
/// Watchlists: the signed-in user's list with counts of new facts (GET /api/watchlists) and each watchlist's Atom
/// feed at /feeds/watchlists/{id}.atom?token=…, authenticated by the feed token alone so a feed reader can poll it.
/// </summary>
internal static class WatchlistEndpoints
{
    /// <summary>Entries a feed holds at most: beyond it the newest are kept and the X-HopTac-Truncated header says so.</summary>
    internal const int MaxFeedEntries = 1000;

    public static IEndpointRouteBuilder MapWatchlistEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/watchlists", ListAsync).WithTags("Watchlists").WithName("ListWatchlists").WithSummary("The user's watchlists with how many facts are new since they last looked.");
        app.MapGet("/feeds/watchlists/{id:long}.atom", FeedAsync).WithTags("Watchlists").WithName("WatchlistFeed")
            .WithSummary("Atom 1.0 feed of the facts new since `since` (ISO instant; default: 30 days ago). Authenticated by ?token=.")
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<Ok<WatchlistsResponse>, UnauthorizedHttpResult>> ListAsync(
        HttpContext context, WatchlistService service, CancellationToken cancellationToken)
    {
        if (HopTacClaims.IdOf(context.User) is not { } account)
        {
            return TypedResults.Unauthorized();
        }

        var list = await service.Store.ListAsync(account, cancellationToken).ConfigureAwait(false);
        var items = new List<WatchlistSummary>();
        foreach (var w in list)
        {
            items.Add(new WatchlistSummary(w.Id, w.Name, w.Query, w.Partner, w.Area, w.LastSeenAt, await service.CountNewAsync(w, cancellationToken).ConfigureAwait(false)));
        }

        return TypedResults.Ok(new WatchlistsResponse(items));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> FeedAsync(
        long id, string? token, string? since, HttpContext context, WatchlistService service, TimeProvider clock, CancellationToken cancellationToken)
    {
        var watchlist = await service.Store.FindByFeedTokenAsync(id, token ?? string.Empty, cancellationToken).ConfigureAwait(false);
        if (watchlist is null)
        {
            // The same answer for a wrong token and a missing watchlist: a feed URL reveals nothing without its token.
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var from = now.AddDays(-30);
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out from))
            {
                return ApiProblems.Invalid("since", "an ISO instant such as 2026-12-01T00:00:00Z");
            }
        }

        var facts = new List<Storage.Facts.ConsolidatedFact>();
        await foreach (var fact in service.NewFactsAsync(watchlist, from, cancellationToken).ConfigureAwait(false))
        {
            facts.Add(fact);
        }

        var truncated = facts.Count > MaxFeedEntries;
        if (truncated)
        {
            facts = facts.OrderByDescending(f => f.FirstSeen).Take(MaxFeedEntries).ToList();
            context.Response.Headers["X-HopTac-Truncated"] = MaxFeedEntries.ToString(CultureInfo.InvariantCulture);
        }

        var baseUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
        return TypedResults.File(AtomFeed.Write(watchlist, facts, baseUri, now), "application/atom+xml; charset=utf-8");
    }
}

/// <summary>The user's watchlists.</summary>
internal sealed record WatchlistsResponse(IReadOnlyList<WatchlistSummary> Watchlists);

/// <summary>A watchlist and how many facts are new since its owner last looked.</summary>
internal sealed record WatchlistSummary(long Id, string Name, string? Query, string? Partner, string? Area, DateTimeOffset LastSeenAt, int NewFacts);
