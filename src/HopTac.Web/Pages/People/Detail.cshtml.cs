using HopTac.Storage.Knowledge;
using HopTac.Web.Curation;
using HopTac.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HopTac.Web.Pages.People;

/// <summary>
/// One consolidated person: the offices they held over time (first and last seen), the events they took part in,
/// and the pages that name them. Read through the knowledge base's own queries (the fact, then the profile by its
/// name), so no store change is needed for it.
/// </summary>
internal sealed class DetailModel(IKnowledgeBase knowledge) : PageModel
{
    public PersonProfile? Person { get; private set; }

    public FactDetail? Fact { get; private set; }

    /// <summary>The person's events on this page of the list (parameter <c>events</c>), latest first, each as its consolidated fact.</summary>
    public IReadOnlyList<FactDetail> Events { get; private set; } = [];

    /// <summary>Where <see cref="Events"/> stands among all of the person's events (not rejected).</summary>
    public ListPager EventPager { get; private set; } = new("events", 0, 0, 0);

    /// <summary>The offices in the order they were first seen; undated ones last.</summary>
    public IReadOnlyList<PersonOffice> Offices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!CurationService.IsFactId(id) || char.ToUpperInvariant(id[0]) != 'P')
        {
            return NotFound();
        }

        Fact = await knowledge.GetFactAsync(id, cancellationToken).ConfigureAwait(false);
        if (Fact?.Fields.GetValueOrDefault("name") is not { Length: > 0 } name)
        {
            return NotFound();
        }

        var found = await knowledge.FindPeopleAsync(name, cancellationToken).ConfigureAwait(false);
        Person = found.FirstOrDefault(p => string.Equals(p.Id, Fact.Id, StringComparison.Ordinal));
        if (Person is null)
        {
            return NotFound();
        }

        Offices = [.. Person.Offices.OrderBy(o => o.FirstSeen is null ? 1 : 0).ThenBy(o => o.FirstSeen, StringComparer.Ordinal)];
        var events = new List<FactDetail>();
        // Every event is read, so that the order (latest first) and the count are true across pages; a cut at a fixed
        // number hid the oldest without a word.
        foreach (var eventId in Person.EventIds)
        {
            if (await knowledge.GetFactAsync(eventId, cancellationToken).ConfigureAwait(false) is { Status: not FactStatus.Rejected } e)
            {
                events.Add(e);
            }
        }

        (Events, EventPager) = ListPager.Slice([.. events.OrderByDescending(e => e.Fields.GetValueOrDefault("date") ?? string.Empty, StringComparer.Ordinal)], Request, "events");
        return Page();
    }
}
