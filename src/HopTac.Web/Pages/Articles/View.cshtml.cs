using HopTac.Core.Text;
using HopTac.Storage;
using HopTac.Storage.Knowledge;
using HopTac.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HopTac.Web.Pages.Articles;

/// <summary>
/// A stored page with every fact's evidence sentence highlighted in its text. The text is cut into plain runs and
/// the view encodes each one: scraped text never reaches the browser as markup.
/// </summary>
internal sealed class ViewModel(IPageStore store, IKnowledgeBase knowledge, IStringLocalizer<SharedResource> text) : PageModel
{
    internal sealed record FactView(string Kind, string Label, int Start, int Length, string? FactId);

    internal sealed record Segment(string Text, IReadOnlyList<int> Marks, string? Anchor);

    public StoredPage? Stored { get; private set; }

    public IReadOnlyList<FactView> Facts { get; private set; } = [];

    public IReadOnlyList<Segment> Segments { get; private set; } = [];

    /// <summary>
    /// The article text with its marks. Built here rather than in the view so no template whitespace leaks into the
    /// pre-wrapped text; every run of page text goes through <see cref="HtmlContentBuilder.Append(string)"/>, which encodes.
    /// </summary>
    public IHtmlContent TextHtml
    {
        get
        {
            var html = new HtmlContentBuilder(Segments.Count * 3);
            foreach (var s in Segments)
            {
                if (s.Marks.Count == 0)
                {
                    html.Append(s.Text);
                    continue;
                }

                var kind = Facts[s.Marks[0]].Kind;
                var title = string.Join(" · ", s.Marks.Select(i => Facts[i].Label));
                html.AppendHtml("<mark class=\"ev k-").Append(kind).AppendHtml("\"");
                if (s.Anchor is not null)
                {
                    html.AppendHtml(" id=\"").Append(s.Anchor).AppendHtml("\"");
                }

                html.AppendHtml(" title=\"").Append(title).AppendHtml("\">").Append(s.Text).AppendHtml("</mark>");
            }

            return html;
        }
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Stored = id > 0 ? await store.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (Stored is null)
        {
            return NotFound();
        }

        var record = Stored.Record;
        var body = record.Text ?? string.Empty;
        var consolidated = await knowledge.GetPageFactsAsync(id, cancellationToken).ConfigureAwait(false);
        var facts = new List<FactView>();
        var linked = new HashSet<PageFact>();
        void Add(string kind, string label, string? evidence, int recorded, string key)
        {
            var start = HighlightedText.Locate(body, evidence, recorded);
            facts.Add(new FactView(kind, label, start, start >= 0 ? evidence!.Length : 0, Link(consolidated, linked, kind, start, key)));
        }

        foreach (var e in record.Events)
        {
            Add("event", $"{text["Event_" + e.Type]} {(e.Date is null ? null : ReadableDate.Of(e.Date))} {PartnerText.Labels(e.Actors)}".Trim(), e.Evidence, e.EvidenceStart, e.Type);
        }

        foreach (var a in record.Agreements)
        {
            Add("agreement", $"{text["Agreement_" + a.Type]}: {a.Title}", a.Evidence, a.EvidenceStart, a.Title);
        }

        foreach (var f in record.Figures)
        {
            Add("figure", f.Text, f.Evidence, f.EvidenceStart, f.Text);
        }

        foreach (var p in record.People)
        {
            Add("person", p.Title is null ? p.Name : $"{p.Name} ({p.Title})", p.Evidence, p.EvidenceStart, p.Name);
        }

        foreach (var o in record.Organizations)
        {
            Add("organization", o.Name, o.Evidence, o.EvidenceStart, o.Name);
        }

        Facts = facts;
        var spans = facts.Select((f, i) => new MarkSpan(f.Start, f.Length, i)).Where(s => s.Start >= 0);
        var starts = facts.Where(f => f.Start >= 0).Select(f => f.Start).ToHashSet();
        var offset = 0;
        var anchored = new HashSet<int>();
        var segments = new List<Segment>();
        foreach (var s in HighlightedText.Split(body, spans))
        {
            string? anchor = null;
            if (s.IsMarked && starts.Contains(offset) && anchored.Add(offset))
            {
                anchor = "at-" + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            segments.Add(new Segment(s.Text, s.Marks, anchor));
            offset += s.Text.Length;
        }

        Segments = segments;
        return Page();
    }

    /// <summary>
    /// The consolidated fact a page's fact belongs to. Several facts of one kind often share a sentence (both
    /// ministers of a signing), so the one whose label names the same thing wins, then one not linked yet; matching
    /// on kind and sentence alone sent every person of a sentence to the first one's fact.
    /// </summary>
    private static string? Link(IReadOnlyList<PageFact> consolidated, HashSet<PageFact> linked, string kind, int start, string key)
    {
        var candidates = consolidated.Where(c => string.Equals(c.Kind, kind, StringComparison.Ordinal) && c.EvidenceStart == start).ToList();
        var folded = VietnameseText.Fold(key);
        var chosen = candidates.FirstOrDefault(c => !linked.Contains(c) && Names(VietnameseText.Fold(c.Label), folded))
            ?? candidates.FirstOrDefault(c => Names(VietnameseText.Fold(c.Label), folded))
            ?? candidates.FirstOrDefault(c => !linked.Contains(c))
            ?? candidates.FirstOrDefault();
        if (chosen is not null)
        {
            linked.Add(chosen);
        }

        return chosen?.FactId;
    }

    private static bool Names(string label, string key) =>
        key.Length > 0 && (label.Contains(key, StringComparison.Ordinal) || (label.Length > 0 && key.Contains(label, StringComparison.Ordinal)));
}
