using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Facts;
using HopTac.Core.Knowledge;
using HopTac.Core.Pages;
using HopTac.Core.Text;

namespace HopTac.Storage.Knowledge.Consolidation;

/// <summary>
/// A row of <c>kb_mentions</c>: one fact of a current page version. Kind: e event, a agreement, f figure, p person.
/// Type is the event/agreement type, the figure's unit or the person's identity key; Year the known year of an
/// event's date. The typed mention the Core rules take is read from <see cref="Data"/> once, on demand.
/// </summary>
internal sealed class KbMention(string key, char kind, long pageId, string source, string? pageDate, long factRow, string? type, string? year, string data)
{
    private object? typed;

    public string Key { get; } = key;

    public char Kind { get; } = kind;

    public long PageId { get; } = pageId;

    public string Source { get; } = source;

    public string? PageDate { get; } = pageDate;

    public long FactRow { get; } = factRow;

    public string? Type { get; } = type;

    public string? Year { get; } = year;

    public string Data { get; } = data;

    public EventMention Event => (EventMention)Typed();

    public AgreementMention Agreement => (AgreementMention)Typed();

    public FigureMention Figure => (FigureMention)Typed();

    public PersonMention Person => (PersonMention)Typed();

    public string Evidence => Kind switch
    {
        'e' => Event.Fact.Evidence,
        'a' => Agreement.Fact.Evidence,
        'f' => Figure.Fact.Evidence,
        _ => Person.Fact.Evidence,
    } ?? string.Empty;

    public int EvidenceStart => Kind switch
    {
        'e' => Event.Fact.EvidenceStart,
        'a' => Agreement.Fact.EvidenceStart,
        'f' => Figure.Fact.EvidenceStart,
        _ => Person.Fact.EvidenceStart,
    };

    /// <summary>
    /// The terms stored in kb_mention_terms. An event's carry its year ("@RU|2021", "@RU|" when unknown), because
    /// events of two different known years are never one event: a busy partner's candidates are cut to one year.
    /// </summary>
    public IReadOnlyList<string> Terms() =>
        Kind == 'e' ? BaseTerms().Select(t => t + "|" + Year).ToList() : BaseTerms();

    /// <summary>Lookup terms that find this mention's candidate partners, without the year.</summary>
    public IReadOnlyList<string> BaseTerms()
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        switch (Kind)
        {
            case 'e':
                foreach (var actor in Event.Fact.Actors ?? [])
                {
                    AddActor(terms, actor);
                }

                foreach (var name in Event.Fact.Participants ?? [])
                {
                    AddName(terms, name);
                }

                break;
            case 'a':
                foreach (var actor in Agreement.Fact.Actors ?? [])
                {
                    AddActor(terms, actor);
                }

                // Reports of one agreement share its foreign party; the title's opening words ("bản ghi nhớ")
                // are shared by every memorandum, so they only serve documents with no foreign party named.
                var words = VietnameseText.Fold(Agreement.Fact.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (terms.Count == 0 && words.Length > 0)
                {
                    terms.Add("^" + string.Join(' ', words.Take(3)));
                }

                break;
            case 'p':
                AddName(terms, Person.Fact.Name);
                break;
        }

        return [.. terms];
    }

    /// <summary>
    /// The mentions of a stored page, with the row ids its facts got in the same save. A page that does not report
    /// international cooperation (<see cref="PageRecord.Relevant"/> false: sport, crime, weather, domestic news) gives
    /// none: the knowledge base is the knowledge of cooperation, and such a page's people and figures (a defendant
    /// named "Nga", a stock price) would only crowd partner pages and every new page's candidates. The page keeps its
    /// own facts, search entry and facets; rules that call it relevant again bring its facts in.
    /// </summary>
    public static List<KbMention> FromPage(long pageId, PageRecord record, PageRows rows)
    {
        if (!record.Relevant)
        {
            return [];
        }

        var source = record.Source;

        // The day is what "first seen" and figure dates need; the time of day would only clutter them.
        var date = PartialDate.DayOf(record.Published)?.ToIso() ?? record.Published;
        var list = new List<KbMention>();
        var events = record.Events.Where(e => e is not null).ToList();
        var eventKeys = MentionKeys.ForAll(source, events, MentionKeys.Event);
        for (var i = 0; i < events.Count && i < rows.Events.Count; i++)
        {
            var fact = events[i];
            list.Add(Make(eventKeys[i], 'e', pageId, source, date, rows.Events[i], fact.Type, YearOf(fact.Date), fact, new EventMention(eventKeys[i], source, date, fact)));
        }

        var agreements = record.Agreements.Where(a => a is not null).ToList();
        var agreementKeys = MentionKeys.ForAll(source, agreements, MentionKeys.Agreement);
        for (var i = 0; i < agreements.Count && i < rows.Agreements.Count; i++)
        {
            var fact = agreements[i];
            list.Add(Make(agreementKeys[i], 'a', pageId, source, date, rows.Agreements[i], fact.Type, YearOf(fact.Date), fact, new AgreementMention(agreementKeys[i], source, date, fact)));
        }

        var figures = (record.Figures ?? []).Where(f => f is not null).ToList();
        var figureKeys = MentionKeys.ForAll(source, figures, MentionKeys.Figure);
        for (var i = 0; i < figures.Count && i < rows.Figures.Count; i++)
        {
            var fact = figures[i];
            list.Add(Make(figureKeys[i], 'f', pageId, source, date, rows.Figures[i], fact.Unit, null, fact, new FigureMention(figureKeys[i], source, date, fact)));
        }

        var people = (record.People ?? []).Where(p => p is not null && !string.IsNullOrWhiteSpace(p.Name)).ToList();
        var personRows = (record.People ?? []).Where(p => p is not null).Select((p, i) => (p, i)).Where(x => !string.IsNullOrWhiteSpace(x.p.Name)).Select(x => x.i).ToList();
        var personKeys = MentionKeys.ForAll(source, people, MentionKeys.Person);
        for (var i = 0; i < people.Count; i++)
        {
            if (personRows[i] >= rows.People.Count)
            {
                break;
            }

            var fact = people[i];
            list.Add(Make(personKeys[i], 'p', pageId, source, date, rows.People[personRows[i]], PersonIdentity.Key(fact.Name), null, fact, new PersonMention(personKeys[i], source, date, fact)));
        }

        return list;
    }

    private static KbMention Make<TFact>(string key, char kind, long pageId, string source, string? date, long row, string? type, string? year, TFact fact, object typed) =>
        new(key, kind, pageId, source, date, row, type, year, JsonSerializer.Serialize(fact, PageRecordJson.Options)) { typed = typed };

    /// <summary>
    /// The one year an ISO date lies in ("2021-10-28" → "2021"); null for yearless or missing dates and for ranges
    /// across years, which must meet the events of every year as candidates.
    /// </summary>
    public static string? YearOf(string? date) =>
        PartialDate.Parse(date)?.SingleYear is { } year ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : null;

    private static void AddActor(SortedSet<string> terms, string? actor)
    {
        if (!string.IsNullOrWhiteSpace(actor) && !string.Equals(actor, "VN", StringComparison.Ordinal))
        {
            terms.Add("@" + actor);
        }
    }

    // The last syllable of a name is what its short forms keep ("V. Putin", "Putin"; a Vietnamese given name).
    private static void AddName(SortedSet<string> terms, string? name)
    {
        var words = VietnameseText.Fold(name).Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0)
        {
            terms.Add("#" + words[^1]);
        }
    }

    private object Typed()
    {
        if (typed is not null)
        {
            return typed;
        }

        typed = Kind switch
        {
            'e' => new EventMention(Key, Source, PageDate, Read<EventFact>()),
            'a' => new AgreementMention(Key, Source, PageDate, Read<AgreementFact>()),
            'f' => new FigureMention(Key, Source, PageDate, Read<Figure>()),
            _ => new PersonMention(Key, Source, PageDate, Read<Person>()),
        };
        return typed;
    }

    private T Read<T>() => JsonSerializer.Deserialize<T>(Data, PageRecordJson.Options)
        ?? throw new InvalidDataException($"mention {Key} holds no fact");
}

/// <summary>Row ids of a page's facts, in the page's order (events, agreements, figures, people).</summary>
internal sealed record PageRows(IReadOnlyList<long> Events, IReadOnlyList<long> Agreements, IReadOnlyList<long> Figures, IReadOnlyList<long> People);
