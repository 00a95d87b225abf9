using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace OrgWork.Bot.Telegram;

/// <summary>
/// The bot's user name asked of the Bot API (<c>getMe</c>) by a command-line verb, which runs no Telegram channel; used
/// only to print a deep link, so a failure is reported rather than thrown.
/// </summary>
public static class TelegramBotName
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <returns>The name, or the reason it could not be had.</returns>
    public static async Task<(string? Username, string? Problem)> AskAsync(TelegramOptions options, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = Timeout };
        var baseUrl = string.IsNullOrWhiteSpace(options.BaseUrl) ? null : options.BaseUrl;
        var bot = new TelegramBotClient(new TelegramBotClientOptions(options.Token, baseUrl) { RetryCount = 0 }, http);
        try
        {
            var me = await bot.GetMe(cancellationToken);
            return string.IsNullOrEmpty(me.Username) ? (null, "getMe") : (me.Username, null);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, ex.Message);
        }
    }
}
