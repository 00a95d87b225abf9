namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// A channel account (a Telegram user id, or a terminal <c>--user</c> id) bound with <c>/bind</c> to a roster member
/// whose learner has another id: inputs from <see cref="AliasId"/> act as <see cref="LearnerId"/>.
/// </summary>
public sealed class AccountAlias
{
    public long AliasId { get; set; }

    public long LearnerId { get; set; }

    public DateTime CreatedAt { get; set; }
}
