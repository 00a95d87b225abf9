using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Publishing;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Web.Admin;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Chat;

/// <summary>
/// <c>GET /</c>: the chat page (signed-in only); <c>POST /chat/send</c>: one input, answered as JSON (antiforgery header
/// required; a body over <see cref="BodySizeLimit.ChatPostBytes"/> is refused with 413 unread). A page that accepts
/// <c>application/x-ndjson</c> gets an answer a model is writing as it is written (<see cref="ChatStreaming"/>).
/// </summary>
public static class ChatApi
{
    public const string SendPath = "/chat/send";
    public const string UploadPath = "/chat/upload";
    public const string NoticesPath = "/chat/notices";

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", ChatPageAsync).RequireAuthorization();
        app.MapPost(SendPath, SendAsync).RequireAuthorization().AddEndpointFilter<RequireAntiforgery>().WithBodySizeLimit(BodySizeLimit.ChatPostBytes);
        app.MapPost(UploadPath, UploadAsync).RequireAuthorization().AddEndpointFilter<RequireAntiforgery>();
        app.MapPost(NoticesPath, ChatNotices.OpenAsync).RequireAuthorization().AddEndpointFilter<RequireAntiforgery>().WithBodySizeLimit(BodySizeLimit.ChatPostBytes);
        return app;
    }

    private static async Task<IResult> ChatPageAsync(HttpContext http, IAntiforgery antiforgery, StaffAccess staff, CancellationToken cancellationToken)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var id = WebUser.IdOf(http.User) ?? 0;
        return WebPage.Render<ChatPage>(new Dictionary<string, object?>
        {
            [nameof(ChatPage.Tokens)] = tokens,
            [nameof(ChatPage.UserId)] = id,
            [nameof(ChatPage.UserName)] = WebUser.NameOf(http.User),
            [nameof(ChatPage.IsStaff)] = await staff.IsStaffAsync(id, cancellationToken),
            [nameof(ChatPage.StaffLink)] = AdminApi.Path,
        });
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

        if (ChatStreaming.IsAccepted(http.Request))
        {
            return await ChatStreaming.SendAsync(http, (writing, ct) => channel.HandleAsync(id, WebUser.NameOf(http.User), request, ct, writing), cancellationToken);
        }

        var response = await channel.HandleAsync(id, WebUser.NameOf(http.User), request, cancellationToken);
        return response is null ? TypedResults.BadRequest() : TypedResults.Ok(response);
    }
}
