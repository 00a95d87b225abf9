namespace OrgWork.Bot.Web.SignIn;

public enum SignInMode
{
    /// <summary>Neither way is available: not on loopback and no bot token.</summary>
    None,

    /// <summary>A display name is enough (loopback only, no Telegram): for trying the bot out.</summary>
    Local,

    /// <summary>The Telegram Login Widget, so a web user is the same learner as on Telegram.</summary>
    Telegram,
}
