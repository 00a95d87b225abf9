using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Cli;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;

namespace OrgWork.Bot.Tests.ScaleOut;

/// <summary>Two web instances on one PostgreSQL database: a session begun on one works on the other.</summary>
public sealed class WebSessionsAcrossInstancesTests : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private TestDatabase? _database;
    private WebApplication _first = null!;
    private WebApplication _second = null!;

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        _first = await StartAsync();
        _second = await StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        foreach (var app in new[] { _first, _second })
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await _database.DisposeAsync();
        _folder.Delete();
    }

    [SkippableFact]
    public async Task ASignInOnOneInstanceIsAcceptedByTheOtherBecauseTheKeysAreInTheDatabase()
    {
        PostgresTestServer.RequireConnectionString();
        using var onFirst = new WebSession(new Uri(_first.Urls.First()));
        using var signIn = await onFirst.SignInLocallyAsync("学员甲");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var onSecond = onFirst.MoveTo(new Uri(_second.Urls.First()));
        var reply = await onSecond.SendAsync("/courses");

        Assert.Contains(reply.Messages.SelectMany(m => m.Buttons).SelectMany(r => r), b => b.Label.Contains("党章基础", StringComparison.Ordinal));
        var metrics = (await onSecond.GetStringAsync("/metrics")).Split('\n');
        Assert.Contains(metrics, l => l.StartsWith("orgwork_update_reply_duration_seconds_count{", StringComparison.Ordinal) && l.Contains("channel=\"web\"", StringComparison.Ordinal));
        Assert.Contains(metrics, l => l.StartsWith("orgwork_updates_handled_total{", StringComparison.Ordinal) && l.Contains("channel=\"web\"", StringComparison.Ordinal));
        await using var scope = _first.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    private async Task<WebApplication> StartAsync()
    {
        var app = await ServeVerb.CreateAppAsync(
        [
            "--Storage:Provider=Postgres",
            $"--ConnectionStrings:OrgWork={_database!.ConnectionString}",
            $"--Content:Root={_folder.ContentRoot}",
            "--Content:Watch=false",
            "--Http:Urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
        ], CancellationToken.None);
        await app.StartAsync();
        return app;
    }
}
