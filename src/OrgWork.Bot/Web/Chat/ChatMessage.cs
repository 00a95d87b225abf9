namespace OrgWork.Bot.Web.Chat;

/// <summary>One reply as the page shows it.</summary>
/// <param name="Html">Sanitised HTML (<see cref="ChatHtml"/>), safe to insert.</param>
/// <param name="ReplacesSource">Replace the message whose button was pressed (lesson pages, quiz steps) instead of adding one.</param>
/// <param name="Image">A <c>data:image/png</c> URI: nothing kept on the server, so any instance can serve the next request.</param>
public sealed record ChatMessage(string Html, bool ReplacesSource, IReadOnlyList<IReadOnlyList<ChatButton>> Buttons, string? Image);
