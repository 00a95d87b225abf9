using Markdig.Syntax;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Rendering;

/// <summary>
/// Packs a lesson's blocks into chat pages at block boundaries. A thematic break (<c>***</c>) forces a
/// new page; a heading is never left alone at the bottom of a page.
/// </summary>
public sealed class Paginator(MarkdownRenderer renderer, int budget)
{
    private const string BlockSeparator = "\n\n";

    public IReadOnlyList<RichText> Paginate(IEnumerable<Block> blocks)
    {
        var pages = new List<RichText>();
        var current = new List<(RichText Text, bool IsHeading)>();

        foreach (var block in blocks)
        {
            if (block is ThematicBreakBlock)
            {
                Flush(pages, current, carryHeading: false);
                continue;
            }

            var rendered = renderer.RenderBlock(block);
            if (rendered.Html.Length == 0)
            {
                continue;
            }

            foreach (var part in HtmlPageSplitter.Split(rendered, budget))
            {
                if (current.Count > 0 && Length(current) + BlockSeparator.Length + part.Html.Length > budget)
                {
                    Flush(pages, current, carryHeading: true);
                }

                current.Add((part, block is HeadingBlock));
            }
        }

        Flush(pages, current, carryHeading: false);
        return pages;
    }

    private static int Length(List<(RichText Text, bool IsHeading)> fragments) =>
        fragments.Sum(f => f.Text.Html.Length) + (BlockSeparator.Length * (fragments.Count - 1));

    private static void Flush(List<RichText> pages, List<(RichText Text, bool IsHeading)> current, bool carryHeading)
    {
        (RichText Text, bool IsHeading)? carried = null;
        if (carryHeading && current.Count > 1 && current[^1].IsHeading)
        {
            carried = current[^1];
            current.RemoveAt(current.Count - 1);
        }

        if (current.Count > 0)
        {
            pages.Add(new RichText(
                string.Join(BlockSeparator, current.Select(f => f.Text.Html)),
                string.Join(BlockSeparator, current.Select(f => f.Text.Plain)))
            {
                Web = current.Any(f => f.Text.Web is not null) ? string.Join(BlockSeparator, current.Select(f => f.Text.WebHtml)) : null,
            });
        }

        current.Clear();
        if (carried is { } heading)
        {
            current.Add(heading);
        }
    }
}
