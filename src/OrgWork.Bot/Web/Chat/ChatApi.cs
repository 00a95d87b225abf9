using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Publishing;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Web.Admin;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Chat;

/// <summary>
/// <c>GET /</c>: the chat page (signed-in only); <c>POST /chat/send</c>: one input, answered as JSON (antiforgery header
/// required; a body over <see cref="BodySizeLimit.ChatPostBytes"/> is refused with 413 unread).
/// </summary>
public static class ChatApi
{
    public const string SendPath = "/chat/send";
    public const string UploadPath = "/chat/upload";

    private static readonly (string Label, string Command)[] QuickCommands =
    [
        (UiText.WebQuickCourses, "/courses"),
        (UiText.WebQuickDaily, "/daily"),
        (UiText.WebQuickReview, "/review"),
        (UiText.WebQuickMe, "/me"),
        (UiText.WebQuickRank, "/rank"),
        (UiText.WebQuickAsk, "/ask"),
        (UiText.WebQuickHelp, "/help"),
    ];

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", ChatPageAsync).RequireAuthorization();
        app.MapPost(SendPath, SendAsync).RequireAuthorization().AddEndpointFilter<RequireAntiforgery>().WithBodySizeLimit(BodySizeLimit.ChatPostBytes);
        app.MapPost(UploadPath, UploadAsync).RequireAuthorization().AddEndpointFilter<RequireAntiforgery>();
        return app;
    }

    private static async Task<IResult> ChatPageAsync(HttpContext http, IAntiforgery antiforgery, StaffAccess staff, CancellationToken cancellationToken)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var id = WebUser.IdOf(http.User) ?? 0;
        var isStaff = await staff.IsStaffAsync(id, cancellationToken);
        var body = new StringBuilder()
            .Append("<header class=\"bar\"><h1>").Append(ChatHtml.Escape(UiText.ProductName)).Append("</h1><nav>")
            .Append("<span class=\"who\">").Append(ChatHtml.Escape(WebUser.NameOf(http.User))).Append("</span>")
            .Append("<button type=\"button\" id=\"large-text\" class=\"link\" aria-pressed=\"false\" title=\"").Append(ChatHtml.Escape(UiText.WebLargeTextHint)).Append("\">")
            .Append(ChatHtml.Escape(UiText.WebLargeText)).Append("</button>");
        if (isStaff)
        {
            body.Append("<a href=\"").Append(AdminApi.Path).Append("\">").Append(ChatHtml.Escape(UiText.WebDashboardLink)).Append("</a>");
        }

        body.Append("<form method=\"post\" action=\"/signout\">").Append(WebPage.TokenField(tokens))
            .Append("<button type=\"submit\" class=\"link\">").Append(ChatHtml.Escape(UiText.WebSignOut)).Append("</button></form></nav></header>")
            .Append("<main id=\"messages\" aria-live=\"polite\" data-user=\"").Append(id.ToString(CultureInfo.InvariantCulture)).Append("\"></main>")
            .Append("<footer class=\"composer\"><div class=\"quick\">");
        foreach (var (label, command) in QuickCommands)
        {
            body.Append("<button type=\"button\" data-command=\"").Append(command).Append("\">").Append(ChatHtml.Escape(label)).Append("</button>");
        }

        body.Append("</div><form id=\"composer\">");
        if (isStaff)
        {
            // Trainers publish from the web as from Telegram: the file goes to the engine, which checks the role again.
            body.Append("<input type=\"file\" id=\"upload\" hidden>")
                .Append("<button type=\"button\" id=\"attach\" title=\"").Append(ChatHtml.Escape(UiText.WebAttach)).Append("\" aria-label=\"").Append(ChatHtml.Escape(UiText.WebAttach))
                .Append("\" data-label=\"").Append(ChatHtml.Escape(UiText.WebAttachedFile)).Append("\">📎</button>");
        }

        body.Append("<input id=\"text\" name=\"text\" autocomplete=\"off\" enterkeyhint=\"send\" maxlength=\"").Append(InputLimits.MaxTextLength)
            .Append("\" placeholder=\"").Append(ChatHtml.Escape(UiText.WebInputPlaceholder)).Append("\" aria-label=\"").Append(ChatHtml.Escape(UiText.WebInputPlaceholder)).Append("\">")
            .Append("<button type=\"submit\">").Append(ChatHtml.Escape(UiText.WebSend)).Append("</button></form>")
            .Append("<p id=\"status\" role=\"status\" hidden data-sending=\"").Append(ChatHtml.Escape(UiText.WebSending))
            .Append("\" data-error=\"").Append(ChatHtml.Escape(UiText.WebNetworkError)).Append("\" data-image-alt=\"").Append(ChatHtml.Escape(UiText.WebImageAlt)).Append("\"></p></footer>");
        return WebPage.Html(UiText.WebChatTitle, "chat", body.ToString(), tokens.RequestToken, script: "chat.js");
    }

    /// <summary>
    /// <c>POST /chat/upload?name=FILE&amp;id=ID</c> with the file as the body. It is read into memory up to the largest
    /// upload any kind allows, before the engine's transaction; a larger one is announced to the engine unread, which
    /// answers with the limit.
    /// </summary>
    private static async Task<IResult> UploadAsync(
        HttpContext http, string? name, string? id, WebChannel channel, IOptions<PublishingOptions> publishing, CancellationToken cancellationToken)
    {
        if (WebUser.IdOf(http.User) is not { } learnerId)
        {
            return TypedResults.Unauthorized();
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return TypedResults.BadRequest();
        }

        var limit = Math.Max(publishing.Value.MaxZipBytes, publishing.Value.MaxMarkdownBytes);
        var content = Array.Empty<byte>();
        long length;
        if (http.Request.ContentLength > limit)
        {
            length = http.Request.ContentLength.Value;
        }
        else
        {
            try
            {
                content = await UploadReader.ReadBoundedAsync(http.Request.Body, limit, () => new InvalidDataException(), cancellationToken);
                length = content.Length;
            }
            catch (InvalidDataException)
            {
                length = limit + 1;
            }
        }

        var file = new InputFile(name.Trim(), length, _ => Task.FromResult<Stream>(new MemoryStream(content, writable: false)));
        return TypedResults.Ok(await channel.HandleFileAsync(learnerId, WebUser.NameOf(http.User), file, id, cancellationToken));
    }

    private static async Task<IResult> SendAsync(ChatRequest request, HttpContext http, WebChannel channel, CancellationToken cancellationToken)
    {
        if (WebUser.IdOf(http.User) is not { } id)
        {
            return TypedResults.Unauthorized();
        }

        var response = await channel.HandleAsync(id, WebUser.NameOf(http.User), request, cancellationToken);
        return response is null ? TypedResults.BadRequest() : TypedResults.Ok(response);
    }
}
