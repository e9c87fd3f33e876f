using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace HopTac.Bench.Load;

/// <summary>
/// A bounded load test of GET /api/search (issue 15, item 5): <see cref="SearchLoadOptions.Clients"/> clients, each
/// with its own connection, send the queries one after another in a loop until the duration ends, and with
/// <see cref="SearchLoadOptions.PageViews"/> open one page each search found; every response's status and time is
/// kept. Written here rather than driving wrk because the figures must come out of the CI test too (same code, same
/// percentiles) and wrk would need a Lua script for the query rotation, the token header and the result pages.
/// </summary>
internal sealed class SearchLoad(SearchLoadOptions options)
{
    /// <summary>Runs the load and returns what every request got. Stops at the duration or at the cancellation.</summary>
    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Duration);
        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, options.Clients).Select(i => RunClientAsync(i, stop.Token)).ToArray();
        var samples = (await Task.WhenAll(clients).ConfigureAwait(false)).SelectMany(s => s).ToList();
        return LoadReport.From(samples, clock.Elapsed);
    }

    private async Task<List<SearchSample>> RunClientAsync(int client, CancellationToken stop)
    {
        var samples = new List<SearchSample>();
        // One handler per client: the load is options.Clients concurrent connections, as from as many browsers.
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, AllowAutoRedirect = false })
        {
            BaseAddress = options.Server,
            Timeout = options.RequestTimeout,
        };
        if (options.Token is { Length: > 0 } token)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        // Clients start at different queries so that the server does not see 50 copies of the same request at once.
        var next = client % options.Queries.Count;
        var round = client;
        while (!stop.IsCancellationRequested)
        {
            var query = options.Queries[next];
            next = (next + 1) % options.Queries.Count;
            round++;
            var search = await SendAsync(http, LoadRequestKind.Search, "/api/search?" + query, options.PageViews, stop).ConfigureAwait(false);
            if (search is not { } found)
            {
                break; // the run ended while this request was in flight: it is not a sample
            }

            samples.Add(found.Sample);
            if (found.Ids is not { Count: > 0 } ids)
            {
                continue;
            }

            // A different result each round, so that the views spread over the pages the queries find.
            var view = await SendAsync(http, LoadRequestKind.PageView, "/pages/" + ids[round % ids.Count], readIds: false, stop).ConfigureAwait(false);
            if (view is not { } viewed)
            {
                break;
            }

            samples.Add(viewed.Sample);
        }

        return samples;
    }

    /// <summary>One timed request; null when the run ended while it was in flight. With <paramref name="readIds"/>, the
    /// ids of the search results are read from the body (after the time is taken: parsing is the client's cost).</summary>
    private static async Task<(SearchSample Sample, IReadOnlyList<long>? Ids)?> SendAsync(HttpClient http, LoadRequestKind kind, string target, bool readIds, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        int status;
        byte[]? body = null;
        try
        {
            using var response = await http.GetAsync(new Uri(target, UriKind.Relative), HttpCompletionOption.ResponseContentRead, stop).ConfigureAwait(false);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync(stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (HttpRequestException)
        {
            status = 0;
        }
        catch (TaskCanceledException)
        {
            status = 0; // the request timeout, not the end of the run
        }

        var sample = new SearchSample(kind, target, status, Stopwatch.GetElapsedTime(started));
        return (sample, readIds && status == 200 && body is not null ? ResultIds(body) : null);
    }

    /// <summary>The page ids of a search response (<c>results[].id</c>); none when the body is not one.</summary>
    internal static IReadOnlyList<long> ResultIds(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var ids = new List<long>();
            foreach (var result in results.EnumerateArray())
            {
                if (result.ValueKind == JsonValueKind.Object && result.TryGetProperty("id", out var id) && id.TryGetInt64(out var value))
                {
                    ids.Add(value);
                }
            }

            return ids;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
