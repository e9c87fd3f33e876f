using System.Globalization;
using HopTac.Core.Knowledge;
using HopTac.Core.Pages;
using HopTac.Ingestion;
using HopTac.Tests.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace HopTac.Core.Tests.Knowledge;

/// <summary>
/// Consolidation over the ViMs clusters (../shared/corpus/vims/NNN: pages of one folder report one story). No
/// consolidated event or agreement may span two folders; folders checked by reading their pages must merge.
/// </summary>
public sealed class VimsConsolidationTests(VimsConsolidationTests.Corpus corpus)
    : IClassFixture<VimsConsolidationTests.Corpus>
{
    [Fact]
    public void No_consolidated_event_or_agreement_spans_two_stories()
    {
        SharedData.RequireRoot();
        var events = Clusterer.Events(corpus.Events);
        var agreements = Clusterer.Agreements(corpus.Agreements);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"vims: {corpus.Pages} pages, {corpus.Events.Count} event mentions -> {events.Count} events, {corpus.Agreements.Count} agreement mentions -> {agreements.Count} agreements"));
        Assert.All(events, g => Assert.Single(g.Select(m => Folder(m.Source)).Distinct().Where(f => !SameEventElsewhere.Contains(f))
            .DefaultIfEmpty(string.Empty)));
        Assert.All(agreements, g => Assert.Single(g.Select(m => Folder(m.Source)).Distinct()));
    }

    // Stories that report the same real event in passing, checked by reading: 077 (a contract signed during Obama's
    // visit to Viet Nam) and 098 (that visit). Merging their visit reports is right; any other cross-story merge is not.
    private static readonly HashSet<string> SameEventElsewhere = ["077"];

    // Folders read by hand: 098 Obama's visit to Viet Nam (his reserve aircraft in Đà Nẵng), 154 Obama's visit to
    // Hiroshima, 163 ANA buying into Vietnam Airlines (a signing), 077 Vietjet's Boeing contract (a signing).
    [Theory]
    [InlineData("098", "visit")]
    [InlineData("154", "visit")]
    [InlineData("163", "signing")]
    [InlineData("077", "signing")]
    public void Pages_of_one_story_merge_their_reports_of_its_event(string folder, string type)
    {
        SharedData.RequireRoot();
        var mentions = corpus.Events.Where(m => Folder(m.Source) == folder && m.Fact.Type == type).ToList();
        Assert.True(mentions.Select(m => m.Source).Distinct().Count() >= 2, $"the extractor found {type} events on fewer than two pages of {folder}");
        var largest = Clusterer.Events(mentions).Max(g => g.Count);
        Assert.True(largest >= 2, $"no two pages of {folder} were merged");
    }

    [Fact]
    public void People_merge_across_spellings_but_never_two_different_full_names()
    {
        SharedData.RequireRoot();
        var people = Clusterer.People(corpus.People);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"vims: {corpus.People.Count} person mentions -> {people.Count} people"));
        Assert.All(people, g =>
        {
            var fullKeys = g.Where(m => PersonIdentity.IsFull(m.Fact.Name)).Select(m => PersonIdentity.Key(m.Fact.Name)).Distinct().ToList();
            Assert.True(fullKeys.Count <= 1, string.Join(" / ", fullKeys));
        });
        Assert.True(people.Count < corpus.People.Count);
    }

    private static string Folder(string source) => Path.GetFileName(Path.GetDirectoryName(source)) ?? string.Empty;

    /// <summary>Every vims page read once through the ingestion path, its facts as mentions.</summary>
    public sealed class Corpus : IAsyncLifetime
    {
        public int Pages { get; private set; }

        public List<EventMention> Events { get; } = [];

        public List<AgreementMention> Agreements { get; } = [];

        public List<PersonMention> People { get; } = [];

        public List<FigureMention> Figures { get; } = [];

        public async ValueTask InitializeAsync()
        {
            var root = SharedData.TryRoot;
            if (root is null)
            {
                return;
            }

            var reader = new PageReader(IngestOptions.Default);
            var batch = new PageBatch(reader, NullLogger<PageBatch>.Instance);
            await foreach (var result in batch.ReadAllAsync([Path.Combine(root, "corpus", "vims")], null, CancellationToken.None))
            {
                if (result is not IngestResult.Accepted { Record: var record })
                {
                    continue;
                }

                Pages++;
                Add(record);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private void Add(PageRecord record)
        {
            var s = record.Source;
            var keys = MentionKeys.ForAll(s, record.Events, MentionKeys.Event);
            Events.AddRange(record.Events.Select((f, i) => new EventMention(keys[i], s, record.Published, f)));
            var akeys = MentionKeys.ForAll(s, record.Agreements, MentionKeys.Agreement);
            Agreements.AddRange(record.Agreements.Select((f, i) => new AgreementMention(akeys[i], s, record.Published, f)));
            var pkeys = MentionKeys.ForAll(s, record.People, MentionKeys.Person);
            People.AddRange(record.People.Select((f, i) => new PersonMention(pkeys[i], s, record.Published, f)));
            var fkeys = MentionKeys.ForAll(s, record.Figures, MentionKeys.Figure);
            Figures.AddRange(record.Figures.Select((f, i) => new FigureMention(fkeys[i], s, record.Published, f)));
        }
    }
}
