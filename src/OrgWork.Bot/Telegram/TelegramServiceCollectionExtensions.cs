using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Telegram.Inbound;
using OrgWork.Bot.Telegram.Outbound;
using Telegram.Bot;

namespace OrgWork.Bot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The Telegram channel, registered only when <c>Telegram:Token</c> is set; the host runs without it.</summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        return settings.IsEnabled ? services.AddEnabledTelegramChannel() : services;
    }

    /// <summary>
    /// The channel's services, in a method of their own so that a host without a token never loads the Telegram.Bot
    /// assembly (about 2 MiB resident): the runtime loads it when it prepares the method that names its types.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IServiceCollection AddEnabledTelegramChannel(this IServiceCollection services)
    {
        services.AddHttpClient(TelegramChannel.Name)
            .ConfigureHttpClient((provider, http) =>
            {
                // Longer than a long poll, so only a dead connection times out.
                http.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<TelegramOptions>>().Value.PollingTimeoutSeconds + 30);
            })
            .AddTypedClient<ITelegramBotClient>((http, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
                var baseUrl = string.IsNullOrWhiteSpace(options.BaseUrl) ? null : options.BaseUrl;

                // Retries belong to TelegramResilience, so the library's own 429 retry is off.
                return new TelegramBotClient(new TelegramBotClientOptions(options.Token, baseUrl) { RetryCount = 0 }, http);
            });

        services.AddSingleton<BotIdentity>();
        services.Replace(ServiceDescriptor.Singleton<IChatDeepLinks, TelegramDeepLinks>());
        services.AddSingleton<TelegramFiles>();
        services.AddSingleton<UpdateMapper>();
        services.AddSingleton<OffsetTracker>();
        services.AddSingleton<TelegramResilience>();
        services.AddSingleton<LearnerActivity>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<ReplyDispatcher>();
        services.AddSingleton<TypingIndicator>();
        services.AddSingleton<OutboxRecovery>();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<UpdatePoller>();
        services.AddSingleton<PollerElection>();
        services.AddSingleton<WebhookReceiver>();
        services.AddSingleton<TelegramBootstrapper>();
        services.AddSingleton<IReplyOutbox, TelegramOutbox>();
        services.AddSingleton<TelegramBroadcaster>();
        services.AddSingleton<IBroadcastChannel>(provider => provider.GetRequiredService<TelegramBroadcaster>());
        services.AddHostedService<TelegramChannelService>();
        return services;
    }
}
