using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Cli;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.FakeTelegram;

namespace OrgWork.Bot.Tests.Telegram.Support;

/// <summary>The real service (the <c>serve</c> verb's app), in process, pointed at the fake Bot API.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningBot(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    /// <summary>Where the service's own HTTP endpoints listen (for webhook calls).</summary>
    public Uri Address => new(_app.Urls.First());

    public static async Task<RunningBot> StartAsync(FakeBotApi api, TestFolder folder, params string[] settings)
    {
        var app = await ServeVerb.CreateAppAsync([.. Arguments(api, folder), .. settings], CancellationToken.None);
        await app.StartAsync();
        return new RunningBot(app);
    }

    /// <summary>Command-line settings that point the service at the fake, the test folder and short timings.</summary>
    public static string[] Arguments(FakeBotApi api, TestFolder folder) =>
    [
        $"--Telegram:Token={FakeBotApi.Token}",
        $"--Telegram:BaseUrl={api.BaseUrl}",
        "--Telegram:PollingTimeoutSeconds=1",
        "--Telegram:RetryBaseDelay=00:00:00.050",
        $"--ConnectionStrings:OrgWork={folder.ConnectionString}",
        $"--Content:Root={folder.ContentRoot}",
        "--Content:PageSize=500",
        "--Content:Watch=false",
        "--Http:Urls=http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
    ];

    public async Task<T> QueryAsync<T>(Func<OrgWorkDbContext, Task<T>> query)
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
