using Telegram.Bot;

namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>Downloads a file a user sent (trainers' uploads), only when a handler actually reads it.</summary>
public sealed class TelegramFiles(IServiceProvider services)
{
    public async Task<Stream> OpenAsync(string fileId, CancellationToken cancellationToken)
    {
        var bot = services.GetRequiredService<ITelegramBotClient>();
        var file = await bot.GetFile(fileId, cancellationToken);
        var content = new MemoryStream();
        await bot.DownloadFile(file, content, cancellationToken);
        content.Position = 0;
        return content;
    }
}
