using System.Text;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Rendering;

/// <summary>
/// Writes Telegram HTML and plain text side by side, so both forms of a message come from one pass.
/// Text is escaped for HTML here and nowhere else.
/// </summary>
public sealed class RichTextBuilder
{
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _plain = new();

    public bool IsEmpty => _html.Length == 0 && _plain.Length == 0;

    public RichTextBuilder Text(string text)
    {
        _html.Append(Escape(text));
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
        return this;
    }

    public RichTextBuilder OpenLink(string url)
    {
        _html.Append("<a href=\"").Append(EscapeAttribute(url)).Append("\">");
        return this;
    }

    public RichTextBuilder OpenCode(string? language)
    {
        _html.Append(string.IsNullOrWhiteSpace(language)
            ? "<pre><code>"
            : $"<pre><code class=\"language-{EscapeAttribute(language)}\">");
        return this;
    }

    public RichTextBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    public RichTextBuilder Bold(string text) => Open("b").Text(text).Close("b");

    public RichTextBuilder Italic(string text) => Open("i").Text(text).Close("i");

    public RichTextBuilder Line(string text = "") => Text(text).Text("\n");

    public RichTextBuilder Append(RichText text)
    {
        _html.Append(text.Html);
        _plain.Append(text.Plain);
        return this;
    }

    public RichText Build() => new(_html.ToString().TrimEnd(), _plain.ToString().TrimEnd());

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);
}
