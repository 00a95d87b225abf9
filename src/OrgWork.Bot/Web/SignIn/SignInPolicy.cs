using Microsoft.Extensions.Options;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Telegram;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>How people sign in: Telegram when a bot token is set, else a local name when the service listens on loopback only.</summary>
public sealed class SignInPolicy(IOptions<TelegramOptions> telegram, IOptions<HttpOptions> http)
{
    public SignInMode Mode =>
        telegram.Value.IsEnabled ? SignInMode.Telegram
        : LoopbackUrls.AreAllLoopback(http.Value.Urls) ? SignInMode.Local
        : SignInMode.None;
}
