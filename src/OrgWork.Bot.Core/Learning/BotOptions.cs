namespace OrgWork.Bot.Core.Learning;

/// <summary>The <c>Bot</c> section: who administers the bot.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Telegram user ids that are admins, whatever their stored role.</summary>
    public List<long> Admins { get; set; } = [];
}
