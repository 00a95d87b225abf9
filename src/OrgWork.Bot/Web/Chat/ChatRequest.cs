namespace OrgWork.Bot.Web.Chat;

/// <summary>What the page posts: typed text, or a pressed button's payload; <see cref="Id"/> makes a retried post apply once.</summary>
public sealed record ChatRequest(string? Text, string? Button, string? Id);
