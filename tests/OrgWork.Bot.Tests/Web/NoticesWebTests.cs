using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.Chat;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

/// <summary>Notices on the web: posted from the dashboard, shown when a member opens the chat, 已读 recorded, read rates listed.</summary>
public sealed class NoticesWebTests : IAsyncLifetime
{
    private const string AdminName = "组织部老王";
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _folder.ConnectionString, $"--Bot:Admins:0={LocalLearnerId.For(AdminName).ToString(CultureInfo.InvariantCulture)}");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task AWebMemberSeesTheDashboardsNoticeWhenOpeningTheChatAndReadsItOnce()
    {
        using var member = await SignInAsync("学员甲");
        using var admin = await SignInAsync(AdminName);
        await member.SendAsync("/start");

        var form = await admin.GetStringAsync("/admin/notices");
        using var posted = await admin.PostFormAsync("/admin/notices", new()
        {
            ["__RequestVerificationToken"] = WebSession.FormToken(form),
            ["branch"] = "",
            ["text"] = "本周五下午三点集中学习《党章》。",
        });
        var postedPage = await posted.Content.ReadAsStringAsync();
        var opened = await OpenAsync(member);
        var reopened = await OpenAsync(member);
        var read = await member.PressAsync(opened, UiText.ButtonNoticeRead);
        var again = await member.PressAsync(opened, UiText.ButtonNoticeRead);
        var afterReading = await OpenAsync(member);
        var rates = await admin.GetStringAsync("/admin/notices");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(UiText.Format(UiText.BroadcastSent, 1, 0)), postedPage, StringComparison.Ordinal);
        var notice = Assert.Single(opened.Messages);
        Assert.Contains("本周五下午三点集中学习《党章》。", WebUtility.HtmlDecode(notice.Html), StringComparison.Ordinal);
        Assert.Single(reopened.Messages);
        Assert.Equal(UiText.NoticeMarkedRead, read.Toast);
        Assert.True(Assert.Single(read.Messages).ReplacesSource);
        Assert.Equal(UiText.NoticeAlreadyRead, again.Toast);
        Assert.Empty(afterReading.Messages);
        Assert.Contains("<td>100%</td>", rates, StringComparison.Ordinal);
        var recipient = await _host.QueryAsync(db => db.Set<NoticeRecipient>().SingleAsync());
        Assert.NotNull(recipient.WebShownAt);
        Assert.NotNull(recipient.ReadAt);
    }

    [Fact]
    public async Task OnlyAdminsPostNoticesAndTheChatsNoticeListNeedsTheAntiforgeryToken()
    {
        using var member = await SignInAsync("学员乙");
        await member.SendAsync("/start");
        using var refused = await member.PostFormAsync("/admin/notices", new() { ["__RequestVerificationToken"] = member.ChatToken!, ["text"] = "伪造的通知" });
        using var withoutToken = await member.Http.PostAsync(new Uri(ChatApi.NoticesPath, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(0, await _host.QueryAsync(db => db.Set<Notice>().CountAsync()));
    }

    [Fact]
    public async Task ABroadcastWithoutTextIsRefusedWithAReason()
    {
        using var admin = await SignInAsync(AdminName);
        await admin.SendAsync("/start");
        var form = await admin.GetStringAsync("/admin/notices");

        using var empty = await admin.PostFormAsync("/admin/notices", new() { ["__RequestVerificationToken"] = WebSession.FormToken(form), ["branch"] = "", ["text"] = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains(UiText.NoticesTextRequired, await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<ChatResponse> OpenAsync(WebSession session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ChatApi.NoticesPath, UriKind.Relative));
        request.Headers.Add("X-CSRF-TOKEN", session.ChatToken);
        using var response = await session.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ChatResponse>())!;
    }

    private async Task<WebSession> SignInAsync(string name)
    {
        var session = new WebSession(_host.Address);
        using var _ = await session.SignInLocallyAsync(name);
        return session;
    }
}
