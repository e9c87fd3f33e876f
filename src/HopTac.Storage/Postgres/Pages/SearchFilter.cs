using System.Globalization;
using System.Text;
using HopTac.Core.Extraction.Dates;
using HopTac.Storage.Rules;
using Npgsql;
using NpgsqlTypes;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>
/// The date and facet filters of a search, as conditions on <c>pages p</c> holding only the filters that are set. A
/// date window is <see cref="PartialDate.Place"/>'s: pages whose publication day has a year and overlaps the window
/// from the start of From to the end of To. A facet is a set of page ids read once from the fact rows' indexes
/// (<c>p.id IN (…)</c>), as in the SQLite store: a test of each match's fact rows (an EXISTS per match, or one generic
/// statement with every filter under <c>@x IS NULL OR …</c>) costs a probe per match of a frequent word.
/// </summary>
internal sealed class SearchFilter
{
    private readonly DateOnly? lo;
    private readonly DateOnly? hi;
    private readonly string? partner;
    private readonly string? area;
    private readonly string? type;

    public SearchFilter(SearchQuery query)
    {
        partner = PageRules.Facet(query.Partner, upper: true);
        area = PageRules.Facet(query.Area, upper: false);
        type = PageRules.Facet(query.EventType, upper: false);
        if (!string.IsNullOrWhiteSpace(query.From) || !string.IsNullOrWhiteSpace(query.To))
        {
            Dated = true;
            var from = PartialDate.Parse(Cut(query.From));
            var to = PartialDate.Parse(Cut(query.To));
            if (from is not null || to is not null)
            {
                if (PartialDate.Range(from?.Start, to?.End) is not { } range)
                {
                    Nothing = true;
                    return;
                }

                lo = range.FirstDay;
                hi = range.LastDay;
            }
        }
    }

    /// <summary>The window is empty (From after To): nothing can match.</summary>
    public bool Nothing { get; }

    /// <summary>Whether a date window is set: the conditions then read <c>pages p</c>.</summary>
    public bool Dated { get; }

    public void Bind(NpgsqlCommand command)
    {
        Add(command, "lo", NpgsqlDbType.Date, lo);
        Add(command, "hi", NpgsqlDbType.Date, hi);
        Add(command, "partner", NpgsqlDbType.Text, partner);
        Add(command, "area", NpgsqlDbType.Text, area);
        Add(command, "type", NpgsqlDbType.Text, type);
    }

    /// <summary>The conditions that are set, each starting with AND, on the page id <paramref name="id"/>; empty when none.</summary>
    public string Sql(string id)
    {
        var sql = new StringBuilder();
        if (Dated)
        {
            sql.Append(" AND p.published_first IS NOT NULL");
            sql.Append(lo is null ? string.Empty : " AND p.published_last >= @lo");
            sql.Append(hi is null ? string.Empty : " AND p.published_first <= @hi");
        }

        if (partner is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $"""

                  AND {id} IN (SELECT e.page_id FROM events e JOIN event_actors ea ON ea.event_id = e.id WHERE ea.actor = @partner
                               UNION SELECT g.page_id FROM agreements g WHERE g.actors::jsonb ? @partner)
                """);
        }

        sql.Append(area is null ? string.Empty : $"\n  AND {id} IN (SELECT pa.page_id FROM page_areas pa WHERE pa.area = @area)");
        sql.Append(type is null ? string.Empty : $"\n  AND {id} IN (SELECT e2.page_id FROM events e2 WHERE e2.type = @type)");
        return sql.ToString();
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType dbType, T? value)
    {
        if (value is not null)
        {
            command.Parameters.AddWithValue(name, dbType, value);
        }
    }

    private static string? Cut(string? value) => value?.Trim() is { Length: > 32 } long_ ? long_[..32] : value?.Trim();
}
