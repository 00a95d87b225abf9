using Telegram.Bot.Types;

namespace OrgWork.Bot.Telegram;

/// <summary>Who the bot is (from <c>getMe</c>), needed to tell <c>/cmd@ThisBot</c> from <c>/cmd@OtherBot</c> in groups.</summary>
public sealed class BotIdentity
{
    private volatile string? _username;

    public string? Username => _username;

    public void Set(User me) => _username = me.Username;

    /// <summary>True when <paramref name="mention"/> (without the @) names this bot.</summary>
    public bool IsMe(string mention) =>
        _username is { } name && string.Equals(name, mention, StringComparison.OrdinalIgnoreCase);
}
