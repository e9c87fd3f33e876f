using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.Retry;

namespace HopTac.Crawling.Fetching;

/// <summary>
/// Sends GET requests politely: the host's turn from <see cref="HostPacer"/> (one connection, the delay), the
/// product's User-Agent, conditional headers when validators are known, no automatic redirects (the crawler bounds
/// them), a size and a time bound, and retries with exponential back-off and jitter on 429, 5xx and network errors
/// (Polly; a server's Retry-After wins). Every answered try is handed to the archive.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly CrawlerOptions options;
    private readonly TimeProvider clock;
    private readonly HostPacer pacer;
    private readonly IFetchArchive? archive;
    private readonly ResiliencePipeline<FetchResponse> retries;

    public PoliteFetcher(CrawlerOptions options, TimeProvider clock, IFetchArchive? archive)
    {
        this.options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        this.archive = archive;
        pacer = new HostPacer(clock);
        client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            MaxConnectionsPerServer = 1,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.Timeout < TimeSpan.FromSeconds(10) ? options.Timeout : TimeSpan.FromSeconds(10),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        retries = new ResiliencePipelineBuilder<FetchResponse> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<FetchResponse>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromMinutes(5),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && args.Outcome.Result is { IsTransient: true }),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } after
                    ? (TimeSpan?)(after < TimeSpan.FromMinutes(5) ? after : TimeSpan.FromMinutes(5))
                    : null),
            })
            .Build();
    }

    /// <summary>Fetches <paramref name="url"/> once the host's turn comes, conditionally when validators are given.</summary>
    public async Task<FetchResponse> FetchAsync(Uri url, TimeSpan hostDelay, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return await retries.ExecuteAsync(async token =>
        {
            FetchResponse response;
            var turn = await pacer.EnterAsync(url.Authority.ToLowerInvariant(), hostDelay, token).ConfigureAwait(false);
            await using (turn.ConfigureAwait(false))
            {
                response = await SendOnceAsync(url, etag, lastModified, token).ConfigureAwait(false);
            }

            if (response.Answered && archive is not null)
            {
                await archive.RecordAsync(response, token).ConfigureAwait(false);
            }

            return response;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FetchResponse> SendOnceAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Version = HttpVersion.Version11 };
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.TryAddWithoutValidation("Accept-Language", "vi,en;q=0.5");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (lastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        var requestHead = RequestHead(request, url);
        using var timeout = new CancellationTokenSource(options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var (body, oversized) = await ReadBoundedAsync(response.Content, linked.Token).ConfigureAwait(false);
            var headers = response.Content.Headers;
            return new FetchResponse(url, at, (int)response.StatusCode, body)
            {
                ContentType = headers.ContentType?.MediaType,
                Charset = headers.ContentType?.CharSet?.Trim('"'),
                ETag = response.Headers.ETag?.ToString(),
                LastModified = headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
                Location = response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location : new Uri(url, location)) : null,
                RetryAfter = RetryAfter(response.Headers.RetryAfter),
                Oversized = oversized,
                Error = oversized ? $"the response is larger than {options.MaxBytes} bytes" : null,
                Elapsed = clock.GetElapsedTime(started),
                RequestHead = requestHead,
                ResponseHead = ResponseHead(response, body.Length),
            };
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new FetchResponse(url, at, 0, []) { Error = $"no complete answer within {options.Timeout.TotalSeconds:0.#} s", Elapsed = clock.GetElapsedTime(started), RequestHead = requestHead };
        }
        catch (HttpRequestException e)
        {
            return new FetchResponse(url, at, 0, []) { Error = e.Message, Elapsed = clock.GetElapsedTime(started), RequestHead = requestHead };
        }
    }

    private async Task<(byte[] Body, bool Oversized)> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes)
                {
                    // Stop reading: the rest is never downloaded, the connection is dropped with the response.
                    buffer.Write(chunk, 0, (int)(options.MaxBytes - buffer.Length));
                    return (buffer.ToArray(), true);
                }

                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), false);
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static string RequestHead(HttpRequestMessage request, Uri url)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\n");
        foreach (var header in request.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{header.Key}: {string.Join(", ", header.Value)}\r\n");
        }

        return head.Append("\r\n").ToString();
    }

    // The body is kept decoded (HttpClient undid gzip), so the head drops the codings and states the kept length:
    // an archive reader then reads exactly the bytes the crawler read.
    private static string ResponseHead(HttpResponseMessage response, int length)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/{response.Version.Major}.{response.Version.Minor} {(int)response.StatusCode} {response.ReasonPhrase}\r\n");
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            if (header.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
                || header.Key.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)
                || header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            head.Append(CultureInfo.InvariantCulture, $"{header.Key}: {string.Join(", ", header.Value)}\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n\r\n");
        return head.ToString();
    }

    /// <inheritdoc />
    /// <summary>Makes the next request to <paramref name="host"/> wait its whole delay from now (another crawler may have just asked it).</summary>
    public void WaitBeforeNextRequest(string host) => pacer.Hold(host);

    public void Dispose() => client.Dispose();
}
