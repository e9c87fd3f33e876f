using System.Data.Common;
using System.Globalization;

namespace HopTac.Tests.Common;

/// <summary>
/// Every consolidated fact of a store as one line: kind, status, conflict, variants, current fields and its members
/// (source and mention key, both independent of arrival order), lines sorted. Two stores with equal dumps hold the
/// same knowledge base up to id numbers. Takes any ADO.NET connection (SQLite or PostgreSQL: plain SQL, the lines
/// are put together here) so that test projects without SQLite compile it.
/// </summary>
internal static class KnowledgeDump
{
    public static List<string> Lines(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var members = new Dictionary<long, List<string>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT b.fact_id, m.source, b.mention_key FROM kb_members b JOIN kb_mentions m ON m.key = b.mention_key";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var fact = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                if (!members.TryGetValue(fact, out var list))
                {
                    members[fact] = list = [];
                }

                list.Add(reader.GetString(1) + " " + reader.GetString(2));
            }
        }

        var lines = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT f.id, f.kind, f.status, f.conflict, f.variants, f.fields FROM kb_facts f";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var keys = members.GetValueOrDefault(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture)) ?? [];
                keys.Sort(StringComparer.Ordinal);
                // SQLite stores the flag as 0/1, PostgreSQL as a boolean; the members as a JSON array of strings.
                var conflict = reader.GetValue(3) is bool flag ? (flag ? "1" : "0") : Convert.ToString(reader.GetValue(3), CultureInfo.InvariantCulture);
                var array = "[" + string.Join(",", keys.Select(k => "\"" + k.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "]";
                lines.Add(string.Join("|", reader.GetString(1), reader.GetString(2), conflict, reader.GetString(4), reader.GetString(5), array));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
