namespace OrgWork.Bot.Web.Chat;

/// <summary>A button: its label is shown, its data (the engine's payload) is posted back when pressed.</summary>
public sealed record ChatButton(string Label, string Data);
