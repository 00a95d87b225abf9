using Microsoft.AspNetCore.Antiforgery;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Web.Errors;
using OrgWork.Bot.Web.Pages;

namespace OrgWork.Bot.Web;

/// <summary>
/// Refuses a POST (form or fetch) without a valid antiforgery token — the form field or the <c>X-CSRF-TOKEN</c>
/// header — matching the antiforgery cookie, before the endpoint runs: problem details for the chat's API calls, a
/// Chinese page for a form.
/// </summary>
public sealed class RequireAntiforgery(IAntiforgery antiforgery, ILogger<RequireAntiforgery> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException ex)
        {
            logger.LogWarning("{Method} {Path} without a valid antiforgery token refused: {Reason}", http.Request.Method, http.Request.Path, ex.Message);
            // The chat's fetch calls get problem details, a browser's form post a Chinese page.
            return ErrorAudience.WantsProblemDetails(http.Request)
                ? TypedResults.Problem(detail: UiText.WebBadRequest, statusCode: StatusCodes.Status400BadRequest, title: UiText.ErrorBadRequestTitle)
                : WebPage.Message(UiText.WebSignInTitle, UiText.WebBadRequest, StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
