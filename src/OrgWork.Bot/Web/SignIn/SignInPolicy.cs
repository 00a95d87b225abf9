using Microsoft.Extensions.Options;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Telegram;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>
/// How people sign in: Telegram when a bot token is set, else a local name when the service listens on loopback only
/// (the effective addresses: <c>ASPNETCORE_URLS</c> or Kestrel's endpoints when given, else <c>Http:Urls</c>).
/// </summary>
public sealed class SignInPolicy(IOptions<TelegramOptions> telegram, IConfiguration configuration)
{
    public SignInMode Mode =>
        telegram.Value.IsEnabled ? SignInMode.Telegram
        : LoopbackUrls.AreAllLoopback(ListenUrls.Effective(configuration)) ? SignInMode.Local
        : SignInMode.None;
}
