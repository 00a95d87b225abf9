using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Rendering;

/// <summary>
/// Renders Markdown to Telegram's HTML subset (b i u s a code pre blockquote) and to plain text.
/// Anything Telegram cannot show (tables, images, raw HTML) is turned into readable text; a table is also
/// rendered as a real HTML table for the web chat (<see cref="RichText.Web"/>).
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http://", "https://", "mailto:", "tg://"];

    public RichText Render(string markdown) => RenderBlocks(Markdown.Parse(markdown, MarkdownPipelines.Content));

    public RichText RenderBlocks(IEnumerable<Block> blocks)
    {
        var builder = new RichTextBuilder();
        var first = true;
        foreach (var block in blocks)
        {
            if (IsInvisible(block))
            {
                continue;
            }

            if (!first)
            {
                builder.Text("\n\n");
            }

            WriteBlock(block, builder, depth: 0);
            first = false;
        }

        return builder.Build();
    }

    public RichText RenderBlock(Block block) => RenderBlocks([block]);

    private static bool IsInvisible(Block block) =>
        block is YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock;

    private void WriteBlock(Block block, RichTextBuilder b, int depth)
    {
        switch (block)
        {
            case HeadingBlock heading:
                b.PlainOnly("【").Open("b");
                WriteInlines(heading.Inline, b);
                b.Close("b").PlainOnly("】");
                break;
            case ParagraphBlock paragraph:
                WriteInlines(paragraph.Inline, b);
                break;
            case ListBlock list:
                WriteList(list, b, depth);
                break;
            case QuoteBlock quote:
                WriteQuote(quote, b, depth);
                break;
            case Table table:
                WriteTable(table, b);
                break;
            case CodeBlock code:
                WriteCode(code, b);
                break;
            case ThematicBreakBlock:
                b.Text("——————");
                break;
            case HtmlBlock html:
                b.Text(string.Join('\n', html.Lines.Lines.Take(html.Lines.Count).Select(l => l.ToString())));
                break;
            case ContainerBlock container:
                WriteChildren(container, b, depth, "\n\n");
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                WriteInlines(leaf.Inline, b);
                break;
        }
    }

    private void WriteChildren(ContainerBlock container, RichTextBuilder b, int depth, string separator)
    {
        var first = true;
        foreach (var child in container)
        {
            if (IsInvisible(child))
            {
                continue;
            }

            if (!first)
            {
                b.Text(separator);
            }

            WriteBlock(child, b, depth);
            first = false;
        }
    }

    private void WriteList(ListBlock list, RichTextBuilder b, int depth)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var first = true;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (!first)
            {
                b.Text("\n");
            }

            b.Text(new string(' ', depth * 3));
            b.Text(list.IsOrdered ? $"{number++}. " : "• ");
            WriteChildren(item, b, depth + 1, "\n");
            first = false;
        }
    }

    private void WriteQuote(QuoteBlock quote, RichTextBuilder b, int depth)
    {
        var inner = new RichTextBuilder();
        WriteChildren(quote, inner, depth, "\n");
        var text = inner.Build();
        b.Open("blockquote");
        var plainQuoted = string.Join('\n', text.Plain.Split('\n').Select(line => "│ " + line));
        b.Append(text with { Plain = plainQuoted });
        b.Close("blockquote");
    }

    /// <summary>
    /// A table as a list a phone can read in a chat message (chat messages have no tables): each data row one item,
    /// each cell on its own line after its column's header in bold, e.g. "▪ <b>时间</b>：1935年". A table without a
    /// header row, or a cell without a header, keeps its cells in a line separated by " | ". The web chat gets the
    /// same table as <c>&lt;table&gt;</c>.
    /// </summary>
    private void WriteTable(Table table, RichTextBuilder b)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader)?.OfType<TableCell>().ToList() ?? [];
        var list = new RichTextBuilder();
        var first = true;
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            if (!first)
            {
                list.Text("\n");
            }

            list.Text("▪ ");
            var cells = row.OfType<TableCell>().ToList();
            for (var i = 0; i < cells.Count; i++)
            {
                if (i < header.Count && !IsEmpty(header[i]))
                {
                    list.Text(i == 0 ? "" : "\n  ");
                    list.Open("b");
                    WriteChildren(header[i], list, 0, " ");
                    list.Close("b");
                    list.Text("：");
                }
                else if (i > 0)
                {
                    list.Text(" | ");
                }

                WriteChildren(cells[i], list, 0, " ");
            }

            first = false;
        }

        b.AppendWithWebForm(list.Build(), WebTable(rows));
    }

    /// <summary>The table for the web chat: a header row (if any) in <c>thead</c>, the rest in <c>tbody</c>.</summary>
    private string WebTable(List<TableRow> rows)
    {
        var web = new StringBuilder("<table>");
        foreach (var (isHeader, group) in new[] { (true, "thead"), (false, "tbody") })
        {
            var inGroup = rows.Where(r => r.IsHeader == isHeader).ToList();
            if (inGroup.Count == 0)
            {
                continue;
            }

            web.Append('<').Append(group).Append('>');
            foreach (var row in inGroup)
            {
                web.Append("<tr>");
                foreach (var cell in row.OfType<TableCell>())
                {
                    var content = new RichTextBuilder();
                    WriteChildren(cell, content, 0, " ");
                    var tag = isHeader ? "th" : "td";
                    web.Append('<').Append(tag).Append('>').Append(content.Build().WebHtml).Append("</").Append(tag).Append('>');
                }

                web.Append("</tr>");
            }

            web.Append("</").Append(group).Append('>');
        }

        return web.Append("</table>").ToString();
    }

    private static bool IsEmpty(TableCell cell) =>
        cell.All(block => block is LeafBlock { Inline: null } || (block is LeafBlock leaf && leaf.Inline!.FirstChild is null));

    private static void WriteCode(CodeBlock code, RichTextBuilder b)
    {
        var lines = code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString());
        var text = string.Join('\n', lines).TrimEnd('\n');
        b.OpenCode((code as FencedCodeBlock)?.Info);
        b.Append(new RichText(RichTextBuilder.Escape(text), string.Join('\n', text.Split('\n').Select(l => "    " + l))));
        b.Close("code").Close("pre");
    }

    private void WriteInlines(ContainerInline? container, RichTextBuilder b)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            WriteInline(inline, b);
        }
    }

    private void WriteInline(Inline inline, RichTextBuilder b)
    {
        switch (inline)
        {
            case LiteralInline literal:
                b.Text(literal.Content.ToString());
                break;
            case EmphasisInline emphasis:
                WriteEmphasis(emphasis, b);
                break;
            case CodeInline code:
                b.PlainOnly("`").Open("code").Text(code.Content).Close("code").PlainOnly("`");
                break;
            case TaskList task:
                b.Text(task.Checked ? "☑ " : "☐ ");
                break;
            case LinkInline link:
                WriteLink(link, b);
                break;
            case AutolinkInline autolink:
                WriteUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, autolink.Url, b);
                break;
            case LineBreakInline lineBreak:
                b.Text(lineBreak.IsHard ? "\n" : SoftBreak(lineBreak));
                break;
            case HtmlInline html:
                b.Text(html.Tag);
                break;
            case HtmlEntityInline entity:
                b.Text(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                WriteInlines(container, b);
                break;
        }
    }

    private void WriteEmphasis(EmphasisInline emphasis, RichTextBuilder b)
    {
        var tag = (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('~', _) => "s",
            ('+', _) => "u",
            ('=', _) => "b",
            (_, >= 2) => "b",
            _ => "i",
        };
        b.Open(tag);
        WriteInlines(emphasis, b);
        b.Close(tag);
    }

    private void WriteLink(LinkInline link, RichTextBuilder b)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        if (link.IsImage)
        {
            var alt = new RichTextBuilder();
            WriteInlines(link, alt);
            var label = "[图片：" + alt.Build().Plain + "]";
            WriteUrl(url, label, b);
            return;
        }

        if (!IsSafe(url))
        {
            WriteInlines(link, b);
            return;
        }

        var inner = new RichTextBuilder();
        WriteInlines(link, inner);
        var text = inner.Build();
        b.OpenLink(url);
        b.Append(new RichText(text.Html, text.Plain == url ? url : $"{text.Plain}（{url}）"));
        b.Close("a");
    }

    private static void WriteUrl(string url, string label, RichTextBuilder b)
    {
        if (!IsSafe(url))
        {
            b.Text(label);
            return;
        }

        b.OpenLink(url);
        b.Append(new RichText(RichTextBuilder.Escape(label), label == url ? url : $"{label}（{url}）"));
        b.Close("a");
    }

    private static bool IsSafe(string url) =>
        SafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>A soft line break joins Chinese text directly and other text with a space.</summary>
    private static string SoftBreak(LineBreakInline lineBreak)
    {
        var before = (lineBreak.PreviousSibling as LiteralInline)?.Content.ToString();
        var after = (lineBreak.NextSibling as LiteralInline)?.Content.ToString();
        return IsCjk(before?.LastOrDefault()) || IsCjk(after?.FirstOrDefault()) ? "" : " ";
    }

    private static bool IsCjk(char? c) => c is >= '\u2e80' and <= '\u9fff' or >= '\uff00' and <= '\uffef' or >= '\u3000' and <= '\u303f';
}
