using System.Threading.RateLimiting;
using HopTac.Web.Hosting;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Auth;

/// <summary>
/// Attempts per account and minute on the sign-in and password forms, whatever the client address (the per-address
/// limit is the "sign-in" rate-limit policy). Counting every attempt, not only failures, keeps the check before the
/// password is hashed, so a flood costs no CPU; the price is that a flood can hold one account's sign-in for a minute.
/// </summary>
internal sealed class AccountThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly ILogger<AccountThrottle> logger;

    public AccountThrottle(IOptions<HopTacWebOptions> options, ILogger<AccountThrottle> logger)
    {
        var permits = options.Value.SignInsPerAccountPerMinute;
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
        this.logger = logger;
    }

    /// <summary>Takes one attempt for the account (its name folded as the store compares names); false when over the limit.</summary>
    public bool TryAttempt(string purpose, string? account)
    {
        var key = purpose + ":" + (account ?? string.Empty).Trim().ToUpperInvariant();
        if (key.Length > 100)
        {
            // Longer names are refused anyway; one bucket keeps them from filling the partition table.
            key = purpose + ":(too long)";
        }

        using var lease = limiter.AttemptAcquire(key);
        if (!lease.IsAcquired)
        {
            Log.Throttled(logger, key);
        }

        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
