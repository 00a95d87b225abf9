using Microsoft.AspNetCore.Diagnostics;
using OrgWork.Bot.Web.Pages;

namespace OrgWork.Bot.Web.Errors;

/// <summary>
/// Bodies for errors that have none: an unhandled exception (500, logged by the exception handler) and any 4xx/5xx
/// status an endpoint or middleware set without writing (404 of an unknown path, 401, 405, 413…). A browser gets
/// a Chinese page, a program problem details with a Chinese title. No exception detail is ever written.
/// </summary>
public static class ErrorResponses
{
    public static IServiceCollection AddErrorResponses(this IServiceCollection services)
    {
        services.AddProblemDetails();
        return services;
    }

    /// <summary>Comes first in the pipeline, so it wraps every endpoint and middleware.</summary>
    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => WriteAsync(context, StatusCodes.Status500InternalServerError),
        });
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        return app;
    }

    private static async Task WriteAsync(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        var (title, message) = ErrorText.For(statusCode);
        if (!ErrorAudience.WantsProblemDetails(context.Request))
        {
            await WebPage.Message(title, message, statusCode).ExecuteAsync(context);
            return;
        }

        await TypedResults.Problem(detail: message, statusCode: statusCode, title: title).ExecuteAsync(context);
    }
}
