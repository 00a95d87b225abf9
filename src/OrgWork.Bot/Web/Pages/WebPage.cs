using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using OrgWork.Bot.Web.Components;

namespace OrgWork.Bot.Web.Pages;

/// <summary>Pages are Razor components rendered on the server (static rendering: no circuit, no WebAssembly), HTML-encoded by default.</summary>
public static class WebPage
{
    public static IResult Render<TComponent>(IReadOnlyDictionary<string, object?> parameters, int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        new RazorComponentResult<TComponent>(parameters) { StatusCode = statusCode, PreventStreamingRendering = true };

    /// <summary>A page with one message (refusals, errors).</summary>
    public static IResult Message(string title, string message, int statusCode) =>
        Render<MessagePage>(new Dictionary<string, object?> { [nameof(MessagePage.Title)] = title, [nameof(MessagePage.Message)] = message }, statusCode);
}
