namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>How a batch went; <see cref="Sent"/> operations of it were done before it stopped.</summary>
public sealed record SendReport(SendOutcome Outcome, int Sent);
