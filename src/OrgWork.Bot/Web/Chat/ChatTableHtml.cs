using System.Text;
using System.Text.RegularExpressions;

namespace OrgWork.Bot.Web.Chat;

/// <summary>
/// Makes a reply's web HTML safe for the page, tables included: the bare table tags the renderer writes
/// (<c>table thead tbody tr th td</c>, never with attributes) are kept where they nest properly, and every run of
/// text or inline markup between them goes through <see cref="ChatHtml.Sanitize"/> on its own, so a cell cannot
/// leave a tag open. Raw HTML written in a lesson reaches here escaped, so it never matches a table tag.
/// </summary>
public static partial class ChatTableHtml
{
    /// <summary>Which element each table tag may appear in.</summary>
    private static readonly Dictionary<string, string?> Parents = new(StringComparer.Ordinal)
    {
        ["table"] = null,
        ["thead"] = "table",
        ["tbody"] = "table",
        ["tr"] = "section",
        ["th"] = "tr",
        ["td"] = "tr",
    };

    public static string Sanitize(string webHtml)
    {
        var html = new StringBuilder(webHtml.Length + 32);
        var open = new Stack<string>();
        var position = 0;
        foreach (Match tag in TableTagPattern().Matches(webHtml))
        {
            var name = tag.Groups["name"].Value;
            var closing = tag.Groups["close"].Success;
            if (closing ? open.TryPeek(out var top) && top == name : Fits(name, open))
            {
                html.Append(ChatHtml.Sanitize(webHtml[position..tag.Index]));
                position = tag.Index + tag.Length;
                Write(html, name, closing);
                if (closing)
                {
                    open.Pop();
                }
                else
                {
                    open.Push(name);
                }
            }
        }

        html.Append(ChatHtml.Sanitize(webHtml[position..]));
        while (open.TryPop(out var name))
        {
            Write(html, name, closing: true);
        }

        return html.ToString();
    }

    private static bool Fits(string name, Stack<string> open)
    {
        var parent = open.TryPeek(out var top) ? top : null;
        return Parents[name] switch
        {
            null => parent is null,
            "section" => parent is "thead" or "tbody",
            var required => parent == required,
        };
    }

    /// <summary>A table sits in a box of its own that scrolls sideways when it is wider than a phone.</summary>
    private static void Write(StringBuilder html, string name, bool closing) =>
        html.Append((name, closing) switch
        {
            ("table", false) => "<div class=\"table\"><table>",
            ("table", true) => "</table></div>",
            (_, false) => $"<{name}>",
            _ => $"</{name}>",
        });

    [GeneratedRegex("<(?<close>/)?(?<name>table|thead|tbody|tr|th|td)>")]
    private static partial Regex TableTagPattern();
}
