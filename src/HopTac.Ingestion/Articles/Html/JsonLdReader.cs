using System.Text.Json;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>What the page's schema.org JSON-LD says about its article: the first article-typed node wins.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Published, IReadOnlyList<string> Authors, string? Publisher);

/// <summary>
/// Reads NewsArticle/Article/BlogPosting nodes from JSON-LD blocks, including <c>@graph</c> arrays and author
/// references by <c>@id</c>. Malformed JSON is common on real pages, so a block that does not parse is skipped.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxBlockChars = 1_000_000;
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        JsonLdArticle? best = null;
        string? anyDate = null;
        List<string>? anyAuthors = null;
        foreach (var block in blocks)
        {
            if (block.Length > MaxBlockChars || string.IsNullOrWhiteSpace(block))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(block, Options);
                var nodes = new List<JsonElement>();
                Collect(doc.RootElement, nodes, 0);
                var persons = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var node in nodes)
                {
                    if (HasType(node, IsPersonType) && Str(node, "@id") is { } id && Str(node, "name") is { } name)
                    {
                        persons.TryAdd(id, name);
                    }
                }

                foreach (var node in nodes)
                {
                    if (!HasType(node, IsArticleType))
                    {
                        // WebPage nodes (Yoast and similar) carry the page's dates when no Article node does.
                        if (Str(node, "datePublished") is { } date)
                        {
                            anyDate ??= date;
                        }

                        // Some CMSs (newsletter platforms) hang the writer on the WebPage node; only a typed Person
                        // counts there, since an untyped name on a page node is as often the site itself.
                        if (anyAuthors is null && node.TryGetProperty("author", out var pageAuthor) && PersonNames(pageAuthor) is { Count: > 0 } people)
                        {
                            anyAuthors = people;
                        }

                        continue;
                    }

                    var article = new JsonLdArticle(
                        Str(node, "headline") ?? Str(node, "name"),
                        Str(node, "datePublished") ?? Str(node, "dateCreated"),
                        Authors(node, persons),
                        node.TryGetProperty("publisher", out var pub) ? NameOf(pub) : null);
                    if (best is null)
                    {
                        best = article;
                    }
                    else
                    {
                        best = new JsonLdArticle(best.Headline ?? article.Headline, best.Published ?? article.Published,
                            best.Authors.Count > 0 ? best.Authors : article.Authors, best.Publisher ?? article.Publisher);
                    }
                }
            }
            catch (JsonException)
            {
                // A broken block says nothing reliable; the page's meta tags and body still do.
            }
        }

        if (best is null)
        {
            return anyDate is null && anyAuthors is null ? null : new JsonLdArticle(null, anyDate, anyAuthors ?? [], null);
        }

        if (best.Published is null && anyDate is not null)
        {
            best = best with { Published = anyDate };
        }

        return best.Authors.Count == 0 && anyAuthors is not null ? best with { Authors = anyAuthors } : best;
    }

    private static void Collect(JsonElement e, List<JsonElement> into, int depth)
    {
        if (depth > 8 || into.Count > 500)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Collect(item, into, depth + 1);
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            into.Add(e);
            if (e.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, into, depth + 1);
            }

            if (e.TryGetProperty("mainEntity", out var main))
            {
                Collect(main, into, depth + 1);
            }
        }
    }

    private static bool IsArticleType(string t) =>
        t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting" or "SocialMediaPosting" or "Review" or "Recipe" or "HowTo";

    private static bool IsPersonType(string t) => t is "Person";

    private static bool HasType(JsonElement e, Func<string, bool> test)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("@type", out var t))
        {
            return false;
        }

        if (t.ValueKind == JsonValueKind.String)
        {
            return test(t.GetString() ?? string.Empty);
        }

        if (t.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in t.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && test(item.GetString() ?? string.Empty))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<string> Authors(JsonElement node, Dictionary<string, string> persons)
    {
        var list = new List<string>();
        if (!node.TryGetProperty("author", out var author) && !node.TryGetProperty("creator", out author))
        {
            return list;
        }

        void Add(JsonElement a)
        {
            // Bylines name persons; an author typed as an organisation is the publisher standing in for one.
            if (HasType(a, t => t.EndsWith("Organization", StringComparison.Ordinal) || t is "Corporation" or "NGO" or "GovernmentOrganization"))
            {
                return;
            }

            var name = NameOf(a);
            if (name is null && a.ValueKind == JsonValueKind.Object && Str(a, "@id") is { } id)
            {
                persons.TryGetValue(id, out name);
            }

            if (!string.IsNullOrWhiteSpace(name) && list.Count < 10 && !list.Contains(name, StringComparer.Ordinal))
            {
                list.Add(name.Trim());
            }
        }

        if (author.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in author.EnumerateArray())
            {
                Add(a);
            }
        }
        else
        {
            Add(author);
        }

        return list;
    }

    private static List<string> PersonNames(JsonElement author)
    {
        var list = new List<string>();
        foreach (var a in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().Take(10).ToList() : [author])
        {
            if (HasType(a, IsPersonType) && Str(a, "name") is { } name && !string.IsNullOrWhiteSpace(name))
            {
                list.Add(name.Trim());
            }
        }

        return list;
    }

    private static string? NameOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Object => Str(e, "name"),
        JsonValueKind.Array => e.GetArrayLength() > 0 ? NameOf(e[0]) : null,
        _ => null,
    };

    private static string? Str(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array when v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String => v[0].GetString(),
            _ => null,
        };
    }
}
