namespace OrgWork.Bot.Core.Conversation;

/// <summary>How a broadcast went: delivered, blocked (the person blocked the bot; now inactive), or failed.</summary>
public sealed record BroadcastReport(int Delivered, int Blocked, int Failed);
