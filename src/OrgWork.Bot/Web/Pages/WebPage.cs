using System.Text;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Web.Chat;

namespace OrgWork.Bot.Web.Pages;

/// <summary>The frame of every page: Chinese, fitted to a phone's width, the stylesheet; the body is already escaped HTML.</summary>
public static class WebPage
{
    public static IResult Html(string title, string bodyClass, string body, string? csrfToken = null, int statusCode = StatusCodes.Status200OK, string? script = null)
    {
        var html = new StringBuilder()
            .Append("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(ChatHtml.Escape(title)).Append(" · ").Append(ChatHtml.Escape(UiText.ProductName)).Append("</title>");
        if (csrfToken is not null)
        {
            html.Append("<meta name=\"csrf-token\" content=\"").Append(ChatHtml.Escape(csrfToken)).Append("\">");
        }

        html.Append("<link rel=\"stylesheet\" href=\"").Append(WebAssets.Path("site.css")).Append("\"></head>")
            .Append("<body class=\"").Append(bodyClass).Append("\">").Append(body);
        if (script is not null)
        {
            html.Append("<script src=\"").Append(WebAssets.Path(script)).Append("\"></script>");
        }

        html.Append("</body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    /// <summary>A page with one message (refusals, errors).</summary>
    public static IResult Message(string title, string message, int statusCode) =>
        Html(title, "page", $"<main class=\"card\"><h1>{ChatHtml.Escape(title)}</h1><p>{ChatHtml.Escape(message)}</p><p><a href=\"/\">{ChatHtml.Escape(UiText.WebChatLink)}</a></p></main>", statusCode: statusCode);

    /// <summary>The hidden antiforgery field of a form.</summary>
    public static string TokenField(Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet tokens) =>
        $"<input type=\"hidden\" name=\"{ChatHtml.Escape(tokens.FormFieldName)}\" value=\"{ChatHtml.Escape(tokens.RequestToken ?? "")}\">";
}
