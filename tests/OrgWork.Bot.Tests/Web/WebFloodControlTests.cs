using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.Chat;

namespace OrgWork.Bot.Tests.Web;

/// <summary>The web chat has the same flood control as Telegram: the limit passes, the next gets one notice, then silence.</summary>
public sealed class WebFloodControlTests : IAsyncLifetime
{
    private const int Limit = 5;
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await InProcessWebHost.StartAsync(_folder.ContentRoot, _folder.ConnectionString, $"--Flood:Limit={Limit}", "--Flood:Window=01:00:00");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task TheMessageAfterTheLimitGetsTheNoticeTheRestNothingAndNoneIsProcessed()
    {
        using var flooder = new WebSession(_host.Address);
        await flooder.SignInLocallyAsync("刷屏学员");

        var responses = new List<ChatResponse>();
        for (var i = 0; i < Limit + 3; i++)
        {
            responses.Add(await PostAsync(flooder, new ChatRequest("/courses", null, $"flood-text-{i:D4}")));
        }

        Assert.All(responses.Take(Limit), r => Assert.Contains(r.Messages, m => m.Html.Contains("党章基础", StringComparison.Ordinal)));
        var notice = Assert.Single(responses[Limit].Messages);
        Assert.Equal(ChatHtml.Escape(UiText.TooFast), notice.Html);
        Assert.All(responses.Skip(Limit + 1), r => Assert.True(r.Messages.Count == 0 && r.Toast is null));
        var recorded = await _host.QueryAsync(db => db.ProcessedUpdates.Where(u => u.Id.StartsWith("web:")).CountAsync());
        Assert.Equal(Limit, recorded);
    }

    [Fact]
    public async Task APressedButtonOverTheLimitGetsTheNoticeAsAToastAndAnotherPersonIsNotThrottled()
    {
        using var flooder = new WebSession(_host.Address);
        await flooder.SignInLocallyAsync("连点学员");
        using var bystander = new WebSession(_host.Address);
        await bystander.SignInLocallyAsync("旁观学员");
        var courses = await flooder.SendAsync("/courses");
        var course = courses.Messages.SelectMany(m => m.Buttons).SelectMany(r => r).First(b => b.Label.Contains("党章基础", StringComparison.Ordinal));

        var presses = new List<ChatResponse>();
        for (var i = 0; i < Limit; i++)
        {
            presses.Add(await PostAsync(flooder, new ChatRequest(null, course.Data, null)));
        }

        var other = await bystander.SendAsync("/courses");

        Assert.All(presses.Take(Limit - 1), p => Assert.NotEmpty(p.Messages));
        Assert.Equal(UiText.TooFast, presses[^1].Toast);
        Assert.Empty(presses[^1].Messages);
        Assert.Contains(other.Messages, m => m.Html.Contains("党章基础", StringComparison.Ordinal));
    }

    private static async Task<ChatResponse> PostAsync(WebSession web, ChatRequest request)
    {
        using var response = await web.PostChatAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ChatResponse>())!;
    }
}
