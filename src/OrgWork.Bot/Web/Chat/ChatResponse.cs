namespace OrgWork.Bot.Web.Chat;

/// <summary>The engine's answer as the page shows it.</summary>
public sealed record ChatResponse(string? Toast, IReadOnlyList<ChatMessage> Messages);
