using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Telegram.Outbound;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace OrgWork.Bot.Telegram;

/// <summary>
/// Start-up calls: learns the bot's name, registers the command menu (the engine's listed commands with
/// their Chinese descriptions), and sets the webhook or removes it for long polling.
/// </summary>
public sealed partial class TelegramBootstrapper(
    ITelegramBotClient bot,
    BotIdentity identity,
    IEnumerable<ICommandHandler> commands,
    TelegramResilience resilience,
    IOptions<TelegramOptions> options,
    ILogger<TelegramBootstrapper> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var me = await resilience.Receiving.ExecuteAsync(async ct => await bot.GetMe(ct), cancellationToken);
        identity.Set(me);
        logger.LogInformation("Connected to the Bot API as @{Username} ({BotId})", me.Username, me.Id);

        var menu = Menu();
        await resilience.Receiving.ExecuteAsync(async ct => await bot.SetMyCommands(menu, cancellationToken: ct), cancellationToken);

        var settings = options.Value;
        if (settings.UsesWebhook)
        {
            await resilience.Receiving.ExecuteAsync(
                async ct => await bot.SetWebhook(
                    settings.WebhookUrl,
                    allowedUpdates: TelegramChannel.AllowedUpdates,
                    secretToken: settings.WebhookSecret,
                    cancellationToken: ct),
                cancellationToken);
            logger.LogInformation("Webhook set to {WebhookUrl}", settings.WebhookUrl);
        }
        else
        {
            // getUpdates is refused while a webhook is set; pending updates are kept.
            await resilience.Receiving.ExecuteAsync(async ct => await bot.DeleteWebhook(dropPendingUpdates: false, ct), cancellationToken);
        }
    }

    /// <summary>The command menu; Telegram accepts 1-32 lowercase letters, digits and underscores.</summary>
    public IReadOnlyList<BotCommand> Menu() =>
        commands
            .Where(c => c.IsListed && CommandName().IsMatch(c.Name) && c.Description.Length > 0)
            .Select(c => new BotCommand { Command = c.Name, Description = c.Description.Length > 256 ? c.Description[..256] : c.Description })
            .Take(100)
            .ToList();

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
