using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Cli;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Tests.Web.Support;

/// <summary>
/// The real service (the <c>serve</c> verb's app) in process on a free loopback port, without a bot token (so local
/// sign-in is on), with the given settings; several of them on one PostgreSQL database stand for instances behind a
/// load balancer.
/// </summary>
internal sealed class InProcessWebHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessWebHost(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.First());

    public IServiceProvider Services => _app.Services;

    public static async Task<InProcessWebHost> StartAsync(string contentRoot, string connectionString, params string[] settings)
    {
        var app = await ServeVerb.CreateAppAsync(
        [
            $"--ConnectionStrings:OrgWork={connectionString}",
            $"--Content:Root={contentRoot}",
            "--Content:Watch=false",
            "--Http:Urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ], CancellationToken.None);
        await app.StartAsync();
        return new InProcessWebHost(app);
    }

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
