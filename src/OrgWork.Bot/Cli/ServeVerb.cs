using System.CommandLine;
using OrgWork.Bot.Api;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Telegram;
using OrgWork.Bot.Web;
using OrgWork.Bot.Web.Errors;

namespace OrgWork.Bot.Cli;

/// <summary>The hosted service: content, storage, HTTP and (when configured) Telegram.</summary>
public static class ServeVerb
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the service (the default when no verb is given)");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var app = await CreateAppAsync(args, cancellationToken);
        await app.RunAsync(cancellationToken);
        return 0;
    }

    /// <summary>The service, built and with its database ready, not yet started (tests start it themselves).</summary>
    public static async Task<WebApplication> CreateAppAsync(string[] args, CancellationToken cancellationToken)
    {
        var timeline = new StartupTimeline();
        timeline.Mark("main");
        var builder = OrgWorkHost.CreateWebBuilder(args);
        var app = builder.Build();
        timeline.Mark("host built");
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        timeline.Mark("database ready");
        app.UseReverseProxySupport();
        app.UseErrorResponses();
        app.MapHealth();
        app.MapMetrics();
        app.MapTelegramWebhook();
        app.UseWebChannel();
        LogChannels(app);
        timeline.Mark("endpoints mapped");
        timeline.LogWhenStarted(app);
        return app;
    }

    private static void LogChannels(WebApplication app)
    {
        if (string.IsNullOrWhiteSpace(app.Configuration["Telegram:Token"]))
        {
            app.Logger.LogWarning(
                "Telegram:Token is not set, so the Telegram channel is off. Set it (e.g. the environment variable Telegram__Token=123456:ABC…) "
                + "to serve a bot; meanwhile try the bot in a terminal: dotnet run --project src/OrgWork.Bot -- chat");
        }
    }
}
