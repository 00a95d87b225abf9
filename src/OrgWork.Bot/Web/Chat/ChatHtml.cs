using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OrgWork.Bot.Web.Chat;

/// <summary>
/// Turns a reply's Telegram HTML into HTML that is safe to put into the page: only Telegram's tags survive, without
/// attributes except an http(s)/mailto link target; every text run is decoded and escaped again, so a stray
/// <c>&lt;</c> can never open a tag. Defence in depth: the engine's <c>RichTextBuilder</c> already escapes text.
/// </summary>
public static partial class ChatHtml
{
    private static readonly HashSet<string> AllowedTags = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "blockquote", "a", "tg-spoiler"];

    public static string Sanitize(string telegramHtml)
    {
        var html = new StringBuilder(telegramHtml.Length + 16);
        var open = new Stack<string>();
        var position = 0;
        foreach (Match tag in TagPattern().Matches(telegramHtml))
        {
            AppendText(html, telegramHtml[position..tag.Index]);
            position = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (!AllowedTags.Contains(name))
            {
                continue;
            }

            var element = name == "tg-spoiler" ? "span" : name;
            if (tag.Groups["close"].Success)
            {
                if (open.Contains(element))
                {
                    // Close whatever is still open inside it, so the output stays balanced.
                    while (open.Pop() is var inner && inner != element)
                    {
                        html.Append("</").Append(inner).Append('>');
                    }

                    html.Append("</").Append(element).Append('>');
                }

                continue;
            }

            html.Append(OpeningTag(element, tag.Groups["attributes"].Value));
            open.Push(element);
        }

        AppendText(html, telegramHtml[position..]);
        while (open.Count > 0)
        {
            html.Append("</").Append(open.Pop()).Append('>');
        }

        return html.ToString();
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string OpeningTag(string element, string attributes)
    {
        if (element != "a")
        {
            return $"<{element}>";
        }

        var href = HrefPattern().Match(attributes) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["url"].Value) : "";
        return IsSafeLink(href)
            ? $"<a href=\"{Escape(href)}\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">"
            : "<a>";
    }

    private static bool IsSafeLink(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto);

    private static void AppendText(StringBuilder html, string text)
    {
        if (text.Length > 0)
        {
            html.Append(Escape(WebUtility.HtmlDecode(text)));
        }
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attributes>[^<>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"href\s*=\s*""(?<url>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex HrefPattern();
}
