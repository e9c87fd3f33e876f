using System.Text;
using HopTac.Ingestion.Articles.Html;
using HopTac.Ingestion.Guards;

namespace HopTac.Ingestion.Tests.Guards;

public sealed class HtmlCostTests
{
    private static HtmlShape Measure(string html, IngestOptions? options = null) => HtmlCost.Measure(html, options ?? IngestOptions.Default);

    [Fact]
    public void Counts_nested_containers()
    {
        Assert.Equal(3, Measure("<div><section><article>x</article></section></div><div></div>").Depth);
    }

    [Fact]
    public void Sloppy_paragraphs_list_items_and_void_elements_stay_shallow()
    {
        var sloppy = new StringBuilder("<html><body><div>");
        for (var i = 0; i < 10_000; i++)
        {
            sloppy.Append("<p>Đoạn văn không đóng thẻ<br><img src=a.jpg><li>mục<td>ô<meta charset=utf-8><x-icon/>");
        }

        var shape = Measure(sloppy.ToString());
        Assert.Null(shape.Exceeded);
        Assert.InRange(shape.Depth, 1, 5);
    }

    [Fact]
    public void Ignores_markup_inside_scripts_and_comments()
    {
        const string html = "<div><script>var s = '<div><div><div>';</script><!-- <div><div> --><span>a</span></div>";
        Assert.Equal(2, Measure(html).Depth);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<div/>")]
    [InlineData("<rt>")]
    [InlineData("<span/>")]
    [InlineData("<li><ul>")]
    public void Elements_the_parser_keeps_open_count_even_when_written_as_self_closing_or_optional(string unit)
    {
        var shape = Measure(string.Concat(Enumerable.Repeat(unit, 100_000)));
        Assert.Contains("levels deep", shape.Exceeded, StringComparison.Ordinal);
        Assert.Equal(IngestOptions.Default.MaxHtmlNesting + 1, shape.Depth);
    }

    [Fact]
    public void A_ruby_closes_its_annotations_and_a_table_its_cells()
    {
        Assert.InRange(Measure("<ruby>" + string.Concat(Enumerable.Repeat("<rt>x<rp>y", 50_000))).Depth, 1, 3);
        Assert.InRange(Measure("<table>" + string.Concat(Enumerable.Repeat("<tr><td>a<td>b", 20_000))).Depth, 1, 5);
    }

    [Fact]
    public void Foreign_content_is_left_by_html_tags_after_an_empty_comment()
    {
        var shape = Measure("<svg><!-->" + string.Concat(Enumerable.Repeat("<div>", 100_000)));
        Assert.Contains("levels deep", shape.Exceeded, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_closing_tags_close_in_foreign_content()
    {
        Assert.InRange(Measure("<svg>" + string.Concat(Enumerable.Repeat("<path d=\"M0\"/>", 100_000)) + "</svg>").Depth, 1, 1);
    }

    [Fact]
    public void Thousands_of_distinct_formatting_elements_are_refused()
    {
        var html = string.Concat(Enumerable.Range(0, 4_000).Select(i => $"<b id={i}>")) + string.Concat(Enumerable.Repeat("<div>x</div>", 2_000));
        Assert.Contains("formatting elements", Measure(html).Exceeded, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_formatting_elements_are_kept_three_at_a_time()
    {
        var html = string.Concat(Enumerable.Repeat("<p><font color=red>Chữ đỏ", 20_000));
        var shape = Measure(html);
        Assert.Null(shape.Exceeded);
        Assert.InRange(shape.Formatting, 1, 4);
    }

    [Fact]
    public void A_tag_with_a_million_attributes_is_refused()
    {
        var html = "<div " + string.Join(' ', Enumerable.Range(0, 1_000_000).Select(i => $"a{i}=1")) + ">x</div>";
        Assert.Contains("attributes", Measure(html).Exceeded, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_million_paragraphs_are_refused_by_the_element_bound()
    {
        var html = string.Concat(Enumerable.Repeat("<p>a</p>", 2_000_000));
        Assert.Contains("elements", Measure(html).Exceeded, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deep_stack_rescanned_by_every_tag_is_refused_by_the_work_bound()
    {
        // No p is open, so every hr makes the parser look for one down the whole stack of 4,000 divs.
        var html = string.Concat(Enumerable.Repeat("<div>", 4_000)) + string.Concat(Enumerable.Repeat("<hr>", 100_000));
        Assert.Contains("steps", Measure(html).Exceeded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<select><option><div><textarea><div><div><div>")]
    [InlineData("<select><textarea><!--</textarea><div><div><div><div><div><div>")]
    [InlineData("<math><svg><mi><div><div><div>")]
    [InlineData("<svg><foreignObject><math><div><div><div>")]
    [InlineData("<a href=x><math></a><button><a href=x><div><div><div>")]
    [InlineData("<select><button><br/><br/><br/><br/>")]
    [InlineData("<select><button><textarea><div><div><div><div><div></textarea>")]
    [InlineData("<select><option><div><textarea><div><div><div><div><div></textarea>")]
    [InlineData("<select><textarea><!--</textarea><div><div><div><div>")]
    [InlineData("<table><table></table><div><div><div><div></table><div><div><div><div><div>")]
    [InlineData("<table><tr><table><div><div><div></table><div><div><div><div><div>")]
    [InlineData("<p><ruby><span class=a><a href=x><table><td>")]
    [InlineData("<p><span class=a><ruby><ruby><ruby><table><div><div><div><div>")]
    [InlineData("<math></p><rt><a href=x><rt><div><div><div><div><br/>")]
    [InlineData("<math></p><rt><a href=x><rt><div><math></br><rt><a href=x><rt><div><math></p><rt><a href=x><rt><div>")]
    [InlineData("<p><ruby><span class=a><a href=x><table><td><p><span><span><table><td><p><span><span><table><td>")]
    [InlineData("<select><button><a href=x><ruby><ruby><a href=x><a href=x><div><div>")]
    [InlineData("<select><option><a href=x><a href=x><a href=x><a href=x><a href=x>")]
    [InlineData("<select><button><nobr><nobr><nobr><nobr><nobr>")]
    [InlineData("<select><div><textarea><!--</textarea><div><select><div><textarea><!--</textarea><div><select><div><textarea><!--</textarea><div><select><div><textarea><!--</textarea><div><div>")]
    [InlineData("<select><svg><button/><button/><button/><button/><button/>")]
    [InlineData("<select><style><button><div><div><div><div></style>")]
    [InlineData("<table><select><table><div><div><div><div><select><button>")]
    [InlineData("<table><td><select><table><div><div><table><td><select><table><div><div><table><td><select><table><div><div>")]
    [InlineData("<template><select></template><div><div><div><div><div><div>")]
    [InlineData("<table><select><template></template><button><div><tr><div><div><table><div><div>")]
    [InlineData("<select><button><select><div><div><div><div><div><div><div>")]
    [InlineData("<h2><svg></h2><mi><div><div><div></h2><div><div><div><div>")]
    [InlineData("<select><textarea></textarea><select><option><div><tr></div><div><br/>")]
    [InlineData("<math><select><div><select><option><a href=x><div><div><div>")]
    [InlineData("<select><option><div><option><textarea><div><div><div><div>")]
    [InlineData("<template><table><select></template><div><div><div><div><div><div><div>")]
    public void Fuzzing_findings_measure_no_shallower_than_the_parser_builds(string html) =>
        Assert.True(Measure(html).Depth + 1 >= ParsedDepth(html), $"{Measure(html).Depth} < {ParsedDepth(html)}");

    [Fact]
    public void Without_a_doctype_a_table_inside_a_paragraph_nests_and_a_deep_page_of_them_is_refused()
    {
        // Quirks mode: each table opens inside the p with the spans open in it (fuzzing finding, session 7).
        var unit = "<p>" + string.Concat(Enumerable.Repeat("<span>", 100)) + "<table><td>";
        var quirks = string.Concat(Enumerable.Repeat(unit, 60));
        Assert.Contains("levels deep", Measure(quirks).Exceeded, StringComparison.Ordinal);

        // With a standards doctype the table closes the p, and the spans with it: the same page is shallow.
        var standards = Measure("<!DOCTYPE html>" + quirks);
        Assert.Null(standards.Exceeded);
        Assert.True(standards.Depth + 1 >= ParsedDepth("<!DOCTYPE html>" + quirks), $"{standards.Depth} < {ParsedDepth("<!DOCTYPE html>" + quirks)}");
    }

    [Theory]
    [InlineData("<select><option>", "<a href=x>", 5_000)]
    [InlineData("", "<select><div><textarea><!--</textarea><div>", 5_000)]
    public void Inside_a_select_what_the_parser_nests_without_bound_is_refused(string head, string unit, int count)
    {
        // Found by fuzzing (session 8): a's under an option nest (no adoption agency there), and a div ignored under
        // the select leaves the textarea raw text; repeated, both nest as deep as they are long, which the guard had
        // measured as a few levels.
        var html = head + string.Concat(Enumerable.Repeat(unit, count));
        Assert.True(ParsedDepth(html) > IngestOptions.Default.MaxHtmlNesting, $"the parser builds {ParsedDepth(html)} levels");
        Assert.Contains("levels deep", Measure(html).Exceeded, StringComparison.Ordinal);
    }

    [Fact]
    public void A_select_closed_by_the_next_select_start_tag_keeps_the_measure_shallow()
    {
        var html = string.Concat(Enumerable.Repeat("<select><option>Hà Nội<option>Huế", 10_000));
        var shape = Measure(html);
        Assert.Null(shape.Exceeded);
        Assert.InRange(shape.Depth, ParsedDepth(html), ParsedDepth(html) + 2);
    }

    [Fact]
    public void Templates_and_svg_the_guard_does_not_model_never_reach_it_or_the_parser()
    {
        // The guard measures <template><svg></template>… a few levels short of what AngleSharp builds (AngleSharp's
        // </template> from inside SVG), but the prefilter removes template and svg elements before the guard and the
        // parser read the page, so the shape the parser builds from the pipeline's input is the one the guard measures.
        var raw = string.Concat(Enumerable.Repeat("<template><svg></template><a href=x><div><div><div></template>", 50));
        var stripped = HtmlPrefilter.Strip(raw);
        Assert.DoesNotContain("<template", stripped, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", stripped, StringComparison.OrdinalIgnoreCase);
        Assert.True(Measure(stripped).Depth >= ParsedDepth(stripped), $"{Measure(stripped).Depth} < {ParsedDepth(stripped)}");
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" html", false)]
    [InlineData(" HTML ", false)]
    [InlineData(" html SYSTEM \"about:legacy-compat\"", false)]
    [InlineData(" html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"", false)]
    [InlineData(" html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\"", false)]
    [InlineData(" html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"", true)]
    [InlineData(" html PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\"", true)]
    [InlineData(" html PUBLIC", true)]
    [InlineData(" svg", true)]
    public void A_doctype_sets_quirks_mode_as_the_parser_does(string declaration, bool quirks) =>
        Assert.Equal(quirks, Doctype.IsQuirks(declaration));

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<<<>>>")]
    [InlineData("</div></div>")]
    [InlineData("<div")]
    [InlineData("<!-- never closed")]
    public void Broken_markup_gives_a_small_number(string html) =>
        Assert.InRange(Measure(html).Depth, 0, 1);

    private static readonly string[] Fragments =
    [
        "<div>", "</div>", "<div/>", "<p>", "</p>", "<span class=a>", "</span>", "<b id=1>", "<b id=2>", "</b>", "<i>", "</i>", "<a href=x>", "</a>",
        "<table>", "</table>", "<tr>", "<td>", "</td>", "<li>", "<ul>", "</ul>", "<ruby>", "<rt>", "<rp>", "<svg>", "</svg>", "<path/>",
        "<math>", "<mi>", "<foreignObject>", "<select>", "<option>", "<h2>", "</h2>", "<nobr>", "<!-->", "<!--", "-->", "<br/>", "<img>",
        "<button>", "<form>", "<template>", "</template>", "<object>", "<textarea>", "</textarea>", "x", "<", ">", "\"",
        "<!DOCTYPE html>",
    ];

    /// <summary>The depth of the tree AngleSharp builds, below body (iteratively: the tree may be deep).</summary>
    private static int ParsedDepth(string html)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var max = 0;
        var stack = new Stack<(AngleSharp.Dom.INode Node, int Depth)>();
        stack.Push((document.Body!, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in node.ChildNodes.OfType<AngleSharp.Dom.IElement>())
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }

    [Fact]
    public void The_measure_never_sees_less_nesting_than_the_parser_builds()
    {
        // The guard may overestimate (it then refuses a page early) but must not underestimate what the parser builds.
        var property = FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.ArbMap.Default.ArbFor<byte[]>(),
            picks =>
            {
                var html = string.Concat(picks.Select(b => Fragments[b % Fragments.Length]));
                var measured = Measure(html).Depth;
                var parsed = ParsedDepth(html);
                // Where the model approximates a rule (foreign content inside tables and selects, the adoption agency
                // moving blocks), it may miss a level or two; what matters is that deep trees are never seen as shallow.
                return measured + 3 >= parsed;
            });
        FsCheck.Check.One(Fuzzing.FuzzSettings.For(300), property);
    }

    [Fact]
    public void A_page_nested_past_the_limit_is_rejected_with_a_reason()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>Hai bên ký kết bản ghi nhớ.</p></body></html>";
        var result = new PageReader(IngestOptions.Default).Read(new HopTac.Ingestion.Reading.RawPage("deep.html", Encoding.UTF8.GetBytes(html), Core.Pages.PageKind.Html), TestContext.Current.CancellationToken);
        var rejected = Assert.IsType<IngestResult.Rejected>(result);
        Assert.Contains("4096", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_nested_just_under_the_limit_is_read_on_a_pool_thread()
    {
        var html = "<html><body><article><h1>Hợp tác</h1>" + string.Concat(Enumerable.Repeat("<div>", 4_000))
            + "<p>Hai bên ký kết bản ghi nhớ hợp tác y tế tại Hà Nội, mở ra giai đoạn hợp tác mới giữa hai nước.</p></article></body></html>";
        var result = await Task.Run(() => new PageReader(IngestOptions.Default).Read(
            new HopTac.Ingestion.Reading.RawPage("deep.html", Encoding.UTF8.GetBytes(html), Core.Pages.PageKind.Html)), TestContext.Current.CancellationToken);
        var accepted = Assert.IsType<IngestResult.Accepted>(result);
        Assert.Contains("bản ghi nhớ", accepted.Record.Text, StringComparison.Ordinal);
    }
}
