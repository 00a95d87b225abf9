using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.Chat;

namespace OrgWork.Bot.Tests.Web;

/// <summary>The web chat takes at most <see cref="InputLimits.MaxTextLength"/> characters a message and a small JSON body.</summary>
public sealed class WebInputBoundsTests : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync() => _host = await InProcessWebHost.StartAsync(_folder.ContentRoot, _folder.ConnectionString);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task AMessageOverTheLimitIsAnsweredWithTheLimitAndNeitherProcessedNorRecorded()
    {
        using var web = new WebSession(_host.Address);
        await web.SignInLocallyAsync("长文学员");
        const string id = "long-text-0001";

        using var tooLong = await web.PostChatAsync(new ChatRequest("/courses " + new string('长', InputLimits.MaxTextLength), null, id));
        var answer = await tooLong.Content.ReadFromJsonAsync<ChatResponse>();
        var sameIdAgain = await ReadAsync(await web.PostChatAsync(new ChatRequest("/courses", null, id)));

        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var notice = Assert.Single(answer!.Messages);
        Assert.Contains(InputLimits.MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture), notice.Html, StringComparison.Ordinal);
        Assert.Equal(ChatHtml.Escape(InputLimits.TooLongText), notice.Html);
        Assert.Contains(sameIdAgain.Messages, m => m.Html.Contains("党章基础", StringComparison.Ordinal)); // the id was not recorded as applied
    }

    [Fact]
    public async Task AMessageOfExactlyTheLimitIsProcessed()
    {
        using var web = new WebSession(_host.Address);
        await web.SignInLocallyAsync("满格学员");

        var reply = await web.SendAsync("/courses " + new string(' ', 10) + new string('长', InputLimits.MaxTextLength - "/courses ".Length - 10));

        Assert.DoesNotContain(reply.Messages, m => m.Html == ChatHtml.Escape(InputLimits.TooLongText));
        Assert.Contains(reply.Messages, m => m.Html.Contains("党章基础", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChatBodyOverItsLimitIsRefusedUnread()
    {
        using var web = new WebSession(_host.Address);
        await web.SignInLocallyAsync("大包学员");
        var learners = await _host.QueryAsync(db => db.Learners.CountAsync());

        using var response = await web.PostChatAsync(new ChatRequest(new string('x', 200_000), null, null));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(learners, await _host.QueryAsync(db => db.Learners.CountAsync()));
    }

    private static async Task<ChatResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<ChatResponse>())!;
        }
    }
}
