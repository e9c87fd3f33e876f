namespace HopTac.Crawling.Fetching;

/// <summary>
/// One HTTP exchange as a value: the status (0 when no response came: <see cref="Error"/> says why), the body read
/// up to the size bound, the validators and redirect target, and the request and response heads as sent and received
/// (for the web archive). Expected failures are values here; only cancellation throws.
/// </summary>
public sealed record FetchResponse(Uri Url, DateTimeOffset At, int Status, byte[] Body)
{
    public string? ContentType { get; init; }

    public string? Charset { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public Uri? Location { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public string? Error { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>The request line and headers, CRLF-terminated, with the blank line.</summary>
    public string RequestHead { get; init; } = string.Empty;

    /// <summary>The status line and headers as a client may re-send them (no transfer coding), with the blank line.</summary>
    public string ResponseHead { get; init; } = string.Empty;

    /// <summary>Whether a server answered (any status).</summary>
    public bool Answered => Status > 0;

    /// <summary>Worth another try after back-off: too many requests, a server error, no answer (not a size refusal).</summary>
    public bool IsTransient => Status is 0 or 429 or >= 500 && !Oversized;

    /// <summary>The body was longer than the bound and was cut off.</summary>
    public bool Oversized { get; init; }
}
