using System.Diagnostics;
using System.Net.Http.Headers;

namespace HopTac.Bench.Load;

/// <summary>
/// A bounded load test of GET /api/search (issue 15, item 5): <see cref="SearchLoadOptions.Clients"/> clients, each
/// with its own connection, send the queries one after another in a loop until the duration ends; every response's
/// status and time is kept. Written here rather than driving wrk because the figures must come out of the CI test
/// too (same code, same percentiles) and wrk would need a Lua script for the query rotation and token header.
/// </summary>
internal sealed class SearchLoad(SearchLoadOptions options)
{
    /// <summary>Runs the load and returns what every request got. Stops at the duration or at the cancellation.</summary>
    public async Task<SearchLoadResult> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Duration);
        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, options.Clients).Select(i => RunClientAsync(i, stop.Token)).ToArray();
        var samples = (await Task.WhenAll(clients).ConfigureAwait(false)).SelectMany(s => s).ToList();
        return SearchLoadResult.From(samples, clock.Elapsed);
    }

    private async Task<List<SearchSample>> RunClientAsync(int client, CancellationToken stop)
    {
        var samples = new List<SearchSample>();
        // One handler per client: the load is options.Clients concurrent connections, as from as many browsers.
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 })
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
        while (!stop.IsCancellationRequested)
        {
            var query = options.Queries[next];
            next = (next + 1) % options.Queries.Count;
            var started = Stopwatch.GetTimestamp();
            int status;
            try
            {
                using var response = await http.GetAsync(new Uri("/api/search?" + query, UriKind.Relative), HttpCompletionOption.ResponseContentRead, stop)
                    .ConfigureAwait(false);
                status = (int)response.StatusCode;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break; // the run ended while this request was in flight: it is not a sample
            }
            catch (HttpRequestException)
            {
                status = 0;
            }
            catch (TaskCanceledException)
            {
                status = 0; // the request timeout, not the end of the run
            }

            samples.Add(new SearchSample(query, status, Stopwatch.GetElapsedTime(started)));
        }

        return samples;
    }
}
