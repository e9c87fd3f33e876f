using System.Diagnostics;
using System.Globalization;
using System.Text;
using HopTac.Core.Text;
using HopTac.Ingestion.Decoding;
using HopTac.Tests.Common;

namespace HopTac.Ingestion.Tests.Decoding;

/// <summary>
/// Re-encodes the development corpus (real Vietnamese articles, read from ../shared, never copied) in every encoding
/// and checks detection picks the decoding that gives the text back. Whole articles and their headline alone.
/// </summary>
public sealed class CorpusDetectionTests
{
    private static readonly (string Name, Func<string, byte[]> Encode, Func<byte[], string> Truth)[] Encodings =
    [
        ("utf-8", Encoding.UTF8.GetBytes, b => VietnameseText.Normalize(Encoding.UTF8.GetString(b))),
        ("utf-16le", Encoding.Unicode.GetBytes, b => VietnameseText.Normalize(Encoding.Unicode.GetString(b))),
        ("utf-16be", Encoding.BigEndianUnicode.GetBytes, b => VietnameseText.Normalize(Encoding.BigEndianUnicode.GetString(b))),
        .. Enum.GetValues<LegacyEncodingKind>().Select(k => (
            LegacyVietnameseEncoding.Name(k),
            (Func<string, byte[]>)(t => LegacyVietnameseEncoding.Encode(t, k)),
            (Func<byte[], string>)(b => LegacyVietnameseEncoding.Decode(b, k)))),
    ];

    [Fact]
    public void Every_corpus_article_is_detected_in_every_encoding()
    {
        var texts = CorpusTexts();
        var report = Measure(texts, declared: null);

        Write("articles", report);
        Assert.True(report.WorstAccuracy >= 0.995, report.Summary);
    }

    [Fact]
    public void Corpus_articles_wrongly_declared_as_latin1_are_still_detected()
    {
        // Every fifth article: the full set is measured above, this only checks the declaration cannot win.
        var report = Measure(CorpusTexts().Where((_, i) => i % 5 == 0).ToList(), declared: "iso-8859-1");

        Write("articles-declared-latin1", report);
        Assert.True(report.WorstAccuracy >= 0.995, report.Summary);
    }

    [Fact]
    public void Most_corpus_headlines_alone_are_detected_in_every_encoding()
    {
        var headlines = CorpusTexts().Select(t => t.Split('\n', 2)[0]).Where(h => h.Length > 0).ToList();
        var report = Measure(headlines, declared: null);

        Write("headlines", report);
        Assert.True(report.WorstAccuracy >= 0.95, report.Summary);
    }

    [Fact]
    public void The_real_html_page_decodes_as_its_declared_utf8()
    {
        var bytes = File.ReadAllBytes(SharedData.Path("corpus", "html-vi", "vnexpress-2023-11-02.html"));

        var outcome = TextDecoder.Decode(bytes, HtmlCharset.Sniff(bytes));

        Assert.Equal("utf-8", outcome.Text!.EncodingName);
        Assert.DoesNotContain('\uFFFD', outcome.Text.Text);
    }

    /// <summary>The figures go beside the test assembly as well, since passing tests show no output.</summary>
    private static void Write(string name, Report report)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(report.Summary);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"decoding-corpus-{name}.txt"), report.Summary);
    }

    private static List<string> CorpusTexts()
    {
        var vims = SharedData.Path("corpus", "vims");
        var seeds = SharedData.Path("corpus", "seeds");
        return Directory.EnumerateFiles(vims, "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(seeds, "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(p => VietnameseText.Normalize(File.ReadAllText(p, Encoding.UTF8)))
            .ToList();
    }

    private static Report Measure(List<string> texts, string? declared)
    {
        var lines = new StringBuilder();
        var worst = 1.0;
        long bytesTotal = 0;
        var clock = new Stopwatch();
        foreach (var (name, encode, truth) in Encodings)
        {
            var right = 0;
            var confusions = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                var bytes = encode(text);
                bytesTotal += bytes.Length;
                clock.Start();
                var outcome = TextDecoder.Decode(bytes, declared);
                clock.Stop();
                if (outcome.Text?.Text == truth(bytes))
                {
                    right++;
                }
                else
                {
                    var got = outcome.Text?.EncodingName ?? "rejected";
                    confusions[got] = confusions.GetValueOrDefault(got) + 1;
                }
            }

            var accuracy = (double)right / Math.Max(1, texts.Count);
            worst = Math.Min(worst, accuracy);
            lines.AppendLine(CultureInfo.InvariantCulture, $"{name,-13} {right}/{texts.Count} = {accuracy:P2}  wrong as: {string.Join(", ", confusions.Select(c => $"{c.Key}×{c.Value}"))}");
        }

        var seconds = clock.Elapsed.TotalSeconds;
        lines.AppendLine(CultureInfo.InvariantCulture, $"{bytesTotal / 1e6:F1} MB decoded in {seconds:F2} s of decoder time = {bytesTotal / 1e6 / seconds:F1} MB/s");
        return new Report(lines.ToString(), worst);
    }

    private sealed record Report(string Summary, double WorstAccuracy);
}
