using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>The plain text of inline Markdown (headings, question and option text).</summary>
public static class InlineText
{
    public static string Of(LeafBlock? block) => block?.Inline is null ? "" : Of(block.Inline).Trim();

    public static string Of(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    public static bool StartsWithTask(LeafBlock? block, out bool isChecked)
    {
        isChecked = false;
        if (block?.Inline?.FirstChild is TaskList task)
        {
            isChecked = task.Checked;
            return true;
        }

        return false;
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case TaskList:
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case HtmlInline html:
                    text.Append(html.Tag);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case ContainerInline child:
                    Append(child, text);
                    break;
            }
        }
    }
}
