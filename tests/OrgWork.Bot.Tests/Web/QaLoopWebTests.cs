using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

/// <summary>The Q&amp;A loop on the web: 👎 and unanswered questions reach the dashboard; a staff reply reaches the asker.</summary>
public sealed class QaLoopWebTests : IAsyncLifetime
{
    private const string StaffName = "组织部小周";
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync()
    {
        var policies = Path.Combine(_folder.ContentRoot, "policies");
        Directory.CreateDirectory(policies);
        File.WriteAllText(Path.Combine(policies, "cadre.md"), """
            ---
            title: 干部选拔任用和管理监督工作办法
            number: 组通〔2022〕6号
            ---
            ## 第五章 激活与保障

            第十七条　全面落实上级关于乡镇干部待遇保障的规定，确保乡镇干部报酬待遇高于县直机关同职级人员的20%。

            第十八条　关心关爱基层干部，帮助解决工作和生活中的实际困难。
            """);
        File.WriteAllText(Path.Combine(policies, "economy.md"), """
            ---
            title: 发展壮大村级集体经济工作方案
            ---
            ## 四、工作要求

            发展集体经济必须符合法律法规和政策规定，严禁违规举债。集体经济的收支情况按规定定期公开，接受群众监督。
            """);
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _folder.ConnectionString, $"--Bot:Admins:0={LocalLearnerId.For(StaffName).ToString(CultureInfo.InvariantCulture)}");
        await _host.Services.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task DislikedAndUnansweredQuestionsReachTheDashboardAndTheStaffReplyReachesTheWebAsker()
    {
        using var member = await SignInAsync("学员甲");
        using var staff = await SignInAsync(StaffName);

        var answer = await member.SendAsync("乡镇干部报酬有什么规定？");
        Assert.True(answer.Messages.Count > 0 && answer.Messages[0].Buttons.Count > 0, string.Join(" | ", answer.Messages.Select(m => m.Html)));
        var disliked = await member.PressAsync(answer, UiText.ButtonNotHelpful);
        await member.SendAsync("村干部的报酬怎么规定？");
        var dashboard = await staff.GetStringAsync("/admin");
        var number = await _host.QueryAsync(db => db.Set<StaffQueueItem>().Where(i => i.Reason == QueueReason.Unanswered).Select(i => i.Id).SingleAsync());
        var sent = await staff.SendAsync($"/answer {number} 村干部报酬按县里另行发布的文件执行。");
        var next = await member.SendAsync("/help");

        Assert.Contains("20%", answer.Messages[0].Html, StringComparison.Ordinal);
        Assert.Equal(UiText.FeedbackQueued, disliked.Toast);
        Assert.Contains("满意率 0%", dashboard, StringComparison.Ordinal);
        Assert.Contains("村干部的报酬怎么规定", dashboard, StringComparison.Ordinal);
        Assert.Contains("乡镇干部报酬有什么规定", dashboard, StringComparison.Ordinal);
        Assert.Contains("通知了 1 位提问人", sent.Messages[0].Html, StringComparison.Ordinal);
        Assert.Contains(next.Messages, m => m.Html.Contains("村干部报酬按县里另行发布的文件执行。", StringComparison.Ordinal));
    }

    private async Task<WebSession> SignInAsync(string name)
    {
        var session = new WebSession(_host.Address);
        using var _ = await session.SignInLocallyAsync(name);
        return session;
    }
}
