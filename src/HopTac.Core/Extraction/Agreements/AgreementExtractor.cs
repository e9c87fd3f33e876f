using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Agreements;

/// <summary>
/// Finds the cooperation documents a page names (facts.md "agreements"): memoranda, agreements, treaties, joint
/// statements, declarations, action plans, strategies, roadmaps, plans, contracts. A number of documents ("ký 9 văn
/// kiện hợp tác") names none of them and is not one (the dev-vietnews gold agrees). The title is the document's name as written; the date is when it was signed or adopted (the signing
/// event's date when the sentence gives none); the period its validity ("giai đoạn 2021-2025" is "2021/2025"). Nouns
/// that are as often common words ("thỏa thuận", "kế hoạch", "hợp đồng") count only when a name follows. One record
/// per document. Never throws on messy text. The jobs are split by class: which document words name one document
/// (<see cref="AgreementMention"/>), where its title ends (<see cref="AgreementTitle"/>), when it was signed and for
/// what period (<see cref="AgreementDate"/>), its parties (<see cref="AgreementParties"/>), and one record per document
/// (<see cref="AgreementMerge"/>).
/// </summary>
public static class AgreementExtractor
{
    private static readonly Lazy<IReadOnlyList<TriggerPattern>> Types = new(() => EmbeddedTable.ReadTriggers("agreement-types.tsv"));

    public static IReadOnlyList<AgreementFact> Extract(IReadOnlyList<Sentence> sentences, IReadOnlyList<EventFact> events, DateContext page)
    {
        if (sentences is null || sentences.Count == 0)
        {
            return [];
        }

        events ??= [];
        page ??= DateContext.None;
        var bounded = sentences.Take(EventExtractor.MaxSentences)
            .Select(s => s.Text.Length > EventExtractor.MaxSentenceLength ? new Sentence(s.Text[..EventExtractor.MaxSentenceLength], s.Start) : s)
            .ToList();
        var context = new PageContext(bounded, [], page);
        var signingDate = events.Where(e => string.Equals(e.Type, "signing", StringComparison.Ordinal) && e.Date is not null)
            .Select(e => e.Date).FirstOrDefault();
        var found = new List<AgreementFact>();
        for (var i = 0; i < bounded.Count; i++)
        {
            // The signing reported in the same sentence dates its document ("Trong chuyến thăm, hai bên đã ký ..." takes
            // the visit's date through the event); the page's first dated signing is the weaker fallback.
            var start = bounded[i].Start;
            var here = events.Where(e => e.EvidenceStart == start && string.Equals(e.Type, "signing", StringComparison.Ordinal) && e.Date is not null)
                .Select(e => e.Date).FirstOrDefault();
            foreach (var fact in InSentence(context, i, here ?? AgreementDate.Referred(events, bounded[i]) ?? signingDate, found))
            {
                AgreementMerge.Add(found, fact);
            }
        }

        found.RemoveAll(f => AgreementMerge.DescribesAnother(f, found));
        return AgreementMerge.MergeAcronyms(found);
    }

    private static IEnumerable<AgreementFact> InSentence(PageContext context, int index, string? signingDate, IReadOnlyList<AgreementFact> before)
    {
        var sentence = context.Sentences[index];
        var text = sentence.Text;
        var folded = VietnameseText.Fold(text);
        if (folded.Length != text.Length)
        {
            yield break;
        }

        if (AgreementMention.RelatedNews().IsMatch(text))
        {
            // "Xem thêm > > Tuyên bố đanh thép của TT Putin về …": a link to another article names its headline, not a
            // document of this page.
            yield break;
        }

        var raw = EmbeddedTable.FindAll(Types.Value, folded);
        var hits = raw.Where(h => !h.Flagged || AgreementMention.IsNamed(text, folded, h)).ToList();
        // The documents this sentence names so far, with where their titles end: a later document word inside one of
        // those titles, or in apposition to one, is that document again.
        var named = new List<(TriggerHit Hit, int TitleEnd)>();
        foreach (var hit in hits)
        {
            var titleEnd = AgreementTitle.TitleEnd(text, hit);
            var title = AgreementTitle.TrimDangling(text[hit.Start..titleEnd].Trim());
            if (!AgreementMention.NamesOne(text, folded, hit, raw, hits, titleEnd, title, before, named))
            {
                continue;
            }

            named.Add((hit, titleEnd));

            title = char.ToUpperInvariant(title[0]) + title[1..];
            var date = AgreementDate.Signed(context, index, text, folded, hits, raw, hit, titleEnd, signingDate);
            var period = AgreementDate.Period(context, index, text, folded, hit, titleEnd);
            var actors = AgreementParties.Of(context, index, text, hits, hit, title, titleEnd);
            if (AgreementMention.IsOneSidesMemo(text, hit, titleEnd, actors) || AgreementMention.IsOneSidesStatement(hit, title, actors))
            {
                continue;
            }

            yield return new AgreementFact(hit.Type, title, actors, date, period, text, sentence.Start);
        }
    }
}
