namespace OrgWork.Bot.Core.Conversation;

/// <summary>A button: its label is shown, its data (≤ 64 bytes, versioned) comes back when pressed.</summary>
public sealed record Button(string Label, string Data);
