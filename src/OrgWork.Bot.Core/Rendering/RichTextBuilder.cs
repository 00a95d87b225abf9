using System.Text;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Rendering;

/// <summary>
/// Writes Telegram HTML, plain text and the web chat's HTML side by side, so every form of a message comes from
/// one pass. Text is escaped for HTML here and nowhere else.
/// </summary>
public sealed class RichTextBuilder
{
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _plain = new();
    private readonly StringBuilder _web = new();

    public bool IsEmpty => _html.Length == 0 && _plain.Length == 0;

    public RichTextBuilder Text(string text)
    {
        var escaped = Escape(text);
        _html.Append(escaped);
        _web.Append(escaped);
        _plain.Append(text);
        return this;
    }

    /// <summary>Text that only the plain form shows (e.g. a heading's frame in the terminal).</summary>
    public RichTextBuilder PlainOnly(string text)
    {
        _plain.Append(text);
        return this;
    }

    public RichTextBuilder Open(string tag)
    {
        _html.Append('<').Append(tag).Append('>');
        _web.Append('<').Append(tag).Append('>');
        return this;
    }

    public RichTextBuilder OpenLink(string url)
    {
        var tag = $"<a href=\"{EscapeAttribute(url)}\">";
        _html.Append(tag);
        _web.Append(tag);
        return this;
    }

    public RichTextBuilder OpenCode(string? language)
    {
        var tags = string.IsNullOrWhiteSpace(language)
            ? "<pre><code>"
            : $"<pre><code class=\"language-{EscapeAttribute(language)}\">";
        _html.Append(tags);
        _web.Append(tags);
        return this;
    }

    public RichTextBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        _web.Append("</").Append(tag).Append('>');
        return this;
    }

    public RichTextBuilder Bold(string text) => Open("b").Text(text).Close("b");

    public RichTextBuilder Italic(string text) => Open("i").Text(text).Close("i");

    public RichTextBuilder Line(string text = "") => Text(text).Text("\n");

    public RichTextBuilder Append(RichText text)
    {
        _html.Append(text.Html);
        _plain.Append(text.Plain);
        _web.Append(text.WebHtml);
        return this;
    }

    /// <summary>The chat form (Telegram HTML and plain text) of something the web chat shows as <paramref name="webHtml"/> instead.</summary>
    public RichTextBuilder AppendWithWebForm(RichText chat, string webHtml)
    {
        _html.Append(chat.Html);
        _plain.Append(chat.Plain);
        _web.Append(webHtml);
        return this;
    }

    public RichText Build()
    {
        var html = _html.ToString().TrimEnd();
        var web = _web.ToString().TrimEnd();
        return new RichText(html, _plain.ToString().TrimEnd()) { Web = web == html ? null : web };
    }

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);
}
