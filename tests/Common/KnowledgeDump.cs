using System.Data.Common;
using System.Globalization;

namespace HopTac.Tests.Common;

/// <summary>
/// Every consolidated fact of a store as one line: kind, status, conflict, variants, current fields and its members
/// (source and mention key, both independent of arrival order), lines sorted. Two stores with equal dumps hold the
/// same knowledge base up to id numbers. Takes any ADO.NET connection so that test projects without SQLite compile it.
/// </summary>
internal static class KnowledgeDump
{
    public static List<string> Lines(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.kind, f.status, f.conflict, f.variants, f.fields,
                   (SELECT json_group_array(k) FROM (
                        SELECT m.source || ' ' || b.mention_key AS k FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key
                        WHERE b.fact_id = f.id ORDER BY k))
            FROM kb_facts f
            """;
        var lines = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(string.Join("|", Enumerable.Range(0, 6).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
