using System.Security.Cryptography;
using HopTac.Core.Extraction;
using HopTac.Core.Pages;
using HopTac.Ingestion.Articles.Html;
using HopTac.Ingestion.Articles.TextDumps;
using HopTac.Ingestion.Decoding;
using HopTac.Ingestion.Reading;

namespace HopTac.Ingestion;

/// <summary>
/// The ingestion path for one page: bytes → decoded, normalised text → main article → facts → page record.
/// Never throws on bad input: every failure is an <see cref="IngestResult.Rejected"/> with a one-line reason.
/// </summary>
public sealed class PageReader(IngestOptions options)
{
    public IngestOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Reads the page at <paramref name="path"/> ("-" for <paramref name="stdin"/>).</summary>
    public Task<IngestResult> ReadAsync(string path, Stream? stdin, CancellationToken cancellationToken) =>
        ReadAsync(path, stdin, page => Read(page, cancellationToken), cancellationToken);

    /// <summary>
    /// Reads the file at <paramref name="path"/>, then turns its bytes into a record with <paramref name="read"/>
    /// (<see cref="PageBatch"/> counts that step's CPU against the page's budget; reading the file waits on the disk).
    /// </summary>
    internal async Task<IngestResult> ReadAsync(string path, Stream? stdin, Func<RawPage, IngestResult> read, CancellationToken cancellationToken)
    {
        var outcome = await PageFiles.ReadAsync(path, Options, stdin, cancellationToken).ConfigureAwait(false);
        return outcome.Page is { } page ? read(page) : new IngestResult.Rejected(outcome.Source, outcome.Error ?? "cannot be read");
    }

    /// <summary>Turns a page's bytes into its record.</summary>
    public IngestResult Read(RawPage page) => Read(page, CancellationToken.None);

    /// <summary>
    /// Turns a page's bytes into its record, checking <paramref name="cancellationToken"/> (the page's time budget,
    /// <see cref="PageBatch"/>) between stages and inside the HTML walks; a cancelled page throws
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public IngestResult Read(RawPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Bytes.Length == 0)
        {
            return new IngestResult.Rejected(page.Source, "the page is empty");
        }

        if (page.Bytes.LongLength > Options.MaxBytes)
        {
            return new IngestResult.Rejected(page.Source, $"the page is larger than {Options.MaxBytes / (1024 * 1024)} MB");
        }

        // As HTML's encoding sniffing orders them: the transport's label, then the page's meta; detection may still overrule either.
        var declared = page.Charset ?? (page.Kind == PageKind.Html ? HtmlCharset.Sniff(page.Bytes) : null);
        var decoded = TextDecoder.Decode(page.Bytes, declared, Options.MinVietnameseSyllableShare);
        if (decoded.Text is not { } text)
        {
            return new IngestResult.Rejected(page.Source, decoded.Error ?? "the page is not readable text");
        }

        // Both extractors promise not to throw on messy input; a bug that still throws is caught by PageBatch.
        Article article;
        if (page.Kind == PageKind.Html)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!HtmlArticleExtractor.TryExtract(text.Text, Options, out article, out var rejection, cancellationToken))
            {
                return new IngestResult.Rejected(page.Source, rejection ?? "the page could not be read as HTML");
            }
        }
        else
        {
            article = TextDumpExtractor.Extract(text.Text);
        }

        if (article.Text.Length == 0)
        {
            return new IngestResult.Rejected(page.Source, "no article text was found in the page");
        }

        // A date that came with the page (an export's metadata) is the publisher's word; the default fills gaps only.
        if (page.Published is { } given)
        {
            article = article with { Published = given };
        }
        else if (article.Published is null && Options.DefaultPublished is { } published)
        {
            article = article with { Published = published };
        }

        var record = PageRecord.FromArticle(page.Source, article) with
        {
            Encoding = text.EncodingName,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(page.Bytes)),
        };
        cancellationToken.ThrowIfCancellationRequested();
        return new IngestResult.Accepted(Options.ExtractFacts ? FactExtractor.Extract(record, cancellationToken) : record);
    }
}
