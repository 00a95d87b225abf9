using System.Globalization;
using System.Text;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Web.Errors;

/// <summary>The Chinese title and sentence for an HTTP error status.</summary>
public static class ErrorText
{
    private static readonly CompositeFormat Other = CompositeFormat.Parse(UiText.ErrorOther);

    public static (string Title, string Message) For(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => (UiText.ErrorBadRequestTitle, UiText.ErrorBadRequest),
        StatusCodes.Status401Unauthorized => (UiText.ErrorUnauthorizedTitle, UiText.ErrorUnauthorized),
        StatusCodes.Status403Forbidden => (UiText.ErrorForbiddenTitle, UiText.ErrorForbidden),
        StatusCodes.Status404NotFound => (UiText.ErrorNotFoundTitle, UiText.ErrorNotFound),
        StatusCodes.Status405MethodNotAllowed => (UiText.ErrorMethodNotAllowedTitle, UiText.ErrorMethodNotAllowed),
        StatusCodes.Status413PayloadTooLarge => (UiText.ErrorTooLargeTitle, UiText.ErrorTooLarge),
        StatusCodes.Status429TooManyRequests => (UiText.ErrorTooManyRequestsTitle, UiText.ErrorTooManyRequests),
        StatusCodes.Status503ServiceUnavailable => (UiText.ErrorUnavailableTitle, UiText.ErrorUnavailable),
        >= 500 => (UiText.ErrorServerTitle, UiText.ErrorServer),
        _ => (UiText.ErrorOtherTitle, string.Format(CultureInfo.InvariantCulture, Other, statusCode)),
    };
}
