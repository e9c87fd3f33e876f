namespace HopTac.Crawling;

/// <summary>What one pass of the crawler did. Counters only grow; they are updated from several hosts' workers.</summary>
public sealed class CrawlReport
{
    private long requests;
    private long notModified;
    private long newPages;
    private long newVersions;
    private long unchanged;
    private long duplicates;
    private long failed;
    private long disallowed;
    private long redirected;
    private long gone;
    private long discovered;
    private long hostsLeftToAnother;

    public long Requests => Interlocked.Read(ref requests);

    public long NotModified => Interlocked.Read(ref notModified);

    public long NewPages => Interlocked.Read(ref newPages);

    public long NewVersions => Interlocked.Read(ref newVersions);

    public long Unchanged => Interlocked.Read(ref unchanged);

    public long Duplicates => Interlocked.Read(ref duplicates);

    public long Failed => Interlocked.Read(ref failed);

    public long Disallowed => Interlocked.Read(ref disallowed);

    public long Redirected => Interlocked.Read(ref redirected);

    public long Gone => Interlocked.Read(ref gone);

    public long Discovered => Interlocked.Read(ref discovered);

    /// <summary>Hosts with due URLs that another crawler on the same store was fetching, left to it.</summary>
    public long HostsLeftToAnother => Interlocked.Read(ref hostsLeftToAnother);

    internal void CountRequest() => Interlocked.Increment(ref requests);

    internal void CountNotModified() => Interlocked.Increment(ref notModified);

    internal void CountNew() => Interlocked.Increment(ref newPages);

    internal void CountNewVersion() => Interlocked.Increment(ref newVersions);

    internal void CountUnchanged() => Interlocked.Increment(ref unchanged);

    internal void CountDuplicate() => Interlocked.Increment(ref duplicates);

    internal void CountFailed() => Interlocked.Increment(ref failed);

    internal void CountDisallowed() => Interlocked.Increment(ref disallowed);

    internal void CountRedirected() => Interlocked.Increment(ref redirected);

    internal void CountGone() => Interlocked.Increment(ref gone);

    internal void CountDiscovered(int count) => Interlocked.Add(ref discovered, count);

    internal void CountHostLeftToAnother() => Interlocked.Increment(ref hostsLeftToAnother);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Requests} requests: {NewPages} new pages, {NewVersions} new versions, {Unchanged} unchanged, {NotModified} not modified, {Duplicates} duplicates, {Discovered} URLs discovered, {Redirected} redirected, {Gone} gone, {Disallowed} disallowed by robots.txt, {Failed} failed{(HostsLeftToAnother > 0 ? $", {HostsLeftToAnother} hosts left to another crawler" : string.Empty)}");
}
