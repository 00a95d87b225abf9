namespace OrgWork.Bot.Web.SignIn;

/// <summary>How a web session was signed in (kept in the session cookie).</summary>
public enum SignInMode
{
    /// <summary>Not used for sessions.</summary>
    None,

    /// <summary>A display name on this machine: for trying the bot out (<c>Web:DemoSignIn</c>).</summary>
    Local,

    /// <summary>The Telegram Login Widget: the Telegram account, or the roster member it is bound to.</summary>
    Telegram,

    /// <summary>A roster member's 手机号 and password.</summary>
    Password,

    /// <summary>OpenID Connect, mapped to the roster by the 手机号 claim.</summary>
    Oidc,
}
