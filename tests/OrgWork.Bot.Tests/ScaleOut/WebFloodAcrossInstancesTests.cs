using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.Chat;

namespace OrgWork.Bot.Tests.ScaleOut;

/// <summary>
/// Two web instances on one PostgreSQL database, as behind a load balancer: one person's messages spread over both
/// are counted together, so the limit is not doubled.
/// </summary>
public sealed class WebFloodAcrossInstancesTests : IAsyncLifetime
{
    private const int Limit = 5;
    private readonly TestFolder _folder = new();
    private TestDatabase? _database;
    private InProcessWebHost _first = null!;
    private InProcessWebHost _second = null!;

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        string[] settings = ["--Storage:Provider=Postgres", $"--Flood:Limit={Limit}", "--Flood:Window=01:00:00"];
        _first = await InProcessWebHost.StartAsync(_folder.ContentRoot, _database.ConnectionString, settings);
        _second = await InProcessWebHost.StartAsync(_folder.ContentRoot, _database.ConnectionString, settings);
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Delete();
    }

    [SkippableFact]
    public async Task MessagesAlternatingBetweenInstancesAreCountedTogetherAndTheNoticeComesOnce()
    {
        PostgresTestServer.RequireConnectionString();
        using var onFirst = new WebSession(_first.Address);
        await onFirst.SignInLocallyAsync("两地刷屏");
        using var onSecond = onFirst.MoveTo(_second.Address);
        using var bystander = new WebSession(_second.Address);
        await bystander.SignInLocallyAsync("两地旁观");

        // Twice the limit, alternating: each instance alone would see only the limit.
        var responses = new List<ChatResponse>();
        for (var i = 0; i < 2 * Limit; i++)
        {
            responses.Add(await PostAsync(i % 2 == 0 ? onFirst : onSecond, new ChatRequest("/courses", null, $"across-{i:D4}")));
        }

        var other = await bystander.SendAsync("/courses");

        Assert.All(responses.Take(Limit), r => Assert.Contains(r.Messages, m => m.Html.Contains("党章基础", StringComparison.Ordinal)));
        Assert.Single(responses, r => r.Messages.Any(m => m.Html == ChatHtml.Escape(UiText.TooFast)));
        Assert.Equal(ChatHtml.Escape(UiText.TooFast), Assert.Single(responses[Limit].Messages).Html);
        Assert.All(responses.Skip(Limit + 1), r => Assert.Empty(r.Messages));
        Assert.Equal(Limit, await _first.QueryAsync(db => db.ProcessedUpdates.CountAsync(u => u.Id.Contains(":across-"))));
        Assert.Contains(other.Messages, m => m.Html.Contains("党章基础", StringComparison.Ordinal));
    }

    private static async Task<ChatResponse> PostAsync(WebSession web, ChatRequest request)
    {
        using var response = await web.PostChatAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ChatResponse>())!;
    }
}
