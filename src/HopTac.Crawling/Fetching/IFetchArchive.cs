namespace HopTac.Crawling.Fetching;

/// <summary>Keeps every answered exchange (the WARC writer); called once per HTTP response, retries included.</summary>
public interface IFetchArchive
{
    /// <summary>Records the exchange; failures to archive are the archive's to report, never the crawl's.</summary>
    ValueTask RecordAsync(FetchResponse response, CancellationToken cancellationToken);
}
