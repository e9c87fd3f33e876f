using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Facts;
using HopTac.Core.Pages;

namespace HopTac.Storage.Rules;

/// <summary>
/// The rules of <see cref="IPageStore"/> that are not SQL, shared by every store: which records a store refuses,
/// the content hash, which signing event reports an agreement, and what a re-extraction may replace.
/// </summary>
internal static class PageRules
{
    /// <summary>Longer texts are rejected rather than indexed: no news article comes near this.</summary>
    public const int MaxTextLength = 4_000_000;

    /// <summary>The most hits one search returns, whatever the query asks.</summary>
    public const int MaxSearchLimit = 200;

    /// <summary>The record as stored (text never null, content hash set), or null when a store refuses it.</summary>
    public static PageRecord? Prepare(PageRecord record)
    {
        var text = record.Text ?? string.Empty;
        if (record.Error is not null || string.IsNullOrWhiteSpace(record.Source) || text.Length > MaxTextLength)
        {
            return null;
        }

        var hash = string.IsNullOrWhiteSpace(record.ContentHash) ? HashText(text) : record.ContentHash;
        return record with { Text = text, ContentHash = hash };
    }

    /// <summary>
    /// The records of a batch a store will save (with their places in the batch), and the batch's results with the
    /// refused ones already filled in as <see cref="SaveOutcome.Rejected"/>.
    /// </summary>
    public static (SaveResult[] Results, List<(int Index, PageRecord Record)> Prepared) PrepareBatch(IReadOnlyList<PageRecord> records)
    {
        var results = new SaveResult[records.Count];
        var prepared = new List<(int Index, PageRecord Record)>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is not null && Prepare(records[i]) is { } stored)
            {
                prepared.Add((i, stored));
            }
            else
            {
                results[i] = new SaveResult(SaveOutcome.Rejected, 0, 0);
            }
        }

        return (results, prepared);
    }

    /// <summary>
    /// The bounds of a search before any query runs: the limit (1 to <see cref="MaxSearchLimit"/>), the offset, and
    /// the parsed terms; null terms when the search can match nothing (no query, no words and no facet, or an offset
    /// past <see cref="SearchQuery.MaxOffset"/>).
    /// </summary>
    public static (int Limit, int Offset, Search.SearchTerms? Terms) StartSearch(SearchQuery? query)
    {
        var limit = Math.Clamp(query?.Limit ?? 20, 1, MaxSearchLimit);
        var offset = Math.Max(0, query?.Offset ?? 0);
        if (query is null)
        {
            return (limit, offset, null);
        }

        var terms = Search.SearchTerms.Parse(query.Text);
        return (terms.IsEmpty && !query.HasFacets) || offset > SearchQuery.MaxOffset ? (limit, offset, null) : (limit, offset, terms);
    }

    /// <summary>A facet value as stored (codes upper-case, areas and types lower-case), or null when blank or too long to be one.</summary>
    public static string? Facet(string? value, bool upper)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 64)
        {
            return null;
        }

        return upper ? trimmed.ToUpperInvariant() : trimmed.ToLowerInvariant();
    }

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex: the content hash when the reader gave none.</summary>
    public static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Whether a re-extraction record can be looked at at all (before the stored page is read).</summary>
    public static bool CanReplaceFacts(PageRecord record) =>
        record.Error is null && record.Text is not null && record.Text.Length <= MaxTextLength;

    /// <summary>
    /// What replacing a stored page's facts by <paramref name="record"/> gives: <see cref="ReextractOutcome.Refused"/>
    /// for a record of another page, <see cref="ReextractOutcome.NotFound"/> when the stored record does not parse,
    /// <see cref="ReextractOutcome.Unchanged"/> when the facts are equal, else Updated with the record and JSON to store.
    /// </summary>
    public static (ReextractOutcome Outcome, PageRecord? Replaced, string? Json) ReplaceFacts(
        string storedHash, string storedText, string storedJson, string storedSource, PageRecord record)
    {
        // Facts of one page must never be filed under another: same source, same text, and the same hash when the
        // caller read the page's bytes again (the same text decoded from other bytes is another version).
        if (!string.Equals(storedText, record.Text, StringComparison.Ordinal)
            || !string.Equals(storedSource, record.Source, StringComparison.Ordinal)
            || (!string.IsNullOrEmpty(record.ContentHash) && !string.Equals(storedHash, record.ContentHash, StringComparison.Ordinal)))
        {
            return (ReextractOutcome.Refused, null, null);
        }

        PageRecord? stored;
        try
        {
            stored = PageRecordJson.Deserialize(storedJson);
        }
        catch (JsonException)
        {
            stored = null;
        }

        if (stored is null)
        {
            return (ReextractOutcome.NotFound, null, null);
        }

        // Null entries can only come from hand-made records; dropping them keeps the stored record and rows in step.
        var replaced = stored with
        {
            Relevant = record.Relevant,
            Published = stored.Published ?? record.Published,
            People = [.. (record.People ?? []).Where(x => x is not null)],
            Organizations = [.. (record.Organizations ?? []).Where(x => x is not null)],
            Figures = [.. (record.Figures ?? []).Where(x => x is not null)],
            Events = [.. (record.Events ?? []).Where(x => x is not null)],
            Agreements = [.. (record.Agreements ?? []).Where(x => x is not null)],
            Areas = [.. (record.Areas ?? []).Where(x => x is not null)],
        };
        var replacedJson = PageRecordJson.Serialize(replaced);
        return string.Equals(replacedJson, storedJson, StringComparison.Ordinal)
            ? (ReextractOutcome.Unchanged, null, null)
            : (ReextractOutcome.Updated, replaced, replacedJson);
    }

    /// <summary>
    /// The signing event that reports an agreement: one read from the same sentence, else the page's only signing
    /// whose date agrees with the agreement's (or either has none). Null when the page reports no such signing.
    /// </summary>
    public static int? SigningEventOf(AgreementFact agreement, IReadOnlyList<EventFact> events)
    {
        var signings = events.Select((e, i) => (Event: e, Index: i)).Where(x => string.Equals(x.Event.Type, "signing", StringComparison.Ordinal)).ToList();
        foreach (var (e, i) in signings)
        {
            if (e.EvidenceStart == agreement.EvidenceStart)
            {
                return i;
            }
        }

        var compatible = signings.Where(x => x.Event.Date is null || agreement.Date is null
            || PartialDate.Within(x.Event.Date, agreement.Date) || PartialDate.Within(agreement.Date, x.Event.Date)).ToList();
        return compatible.Count == 1 ? compatible[0].Index : null;
    }
}
