using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;

namespace OrgWork.Bot.Tests.Web;

/// <summary>An exam sat in the web chat: the same questions, time left and result as on every channel.</summary>
public sealed class ExamWebTests : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync()
    {
        var exams = Path.Combine(_folder.ContentRoot, "exams");
        Directory.CreateDirectory(exams);
        File.WriteAllText(Path.Combine(exams, "dangzhang.md"), """
            ---
            title: 党章知识测试
            minutes: 15
            opens: 2020-01-01
            closes: 2099-12-31
            ---
            ## 测验

            1. 入党誓词中要求党员做到的是？
               - [x] 永不叛党
               - [ ] 随意表态
            """);
        _host = await InProcessWebHost.StartAsync(_folder.ContentRoot, _folder.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task AMemberStartsAnswersAndHandsInOnTheWeb()
    {
        using var member = new WebSession(_host.Address);
        using var _ = await member.SignInLocallyAsync("网页考生");

        var list = await member.SendAsync("考试");
        var question = await member.PressAsync(list, "开始考试");
        var answered = await member.PressAsync(question, "A");
        var result = await member.PressAsync(answered, "交卷");

        Assert.Contains(question.Messages, m => m.Html.Contains("剩余 15 分", StringComparison.Ordinal));
        Assert.Contains(answered.Messages, m => m.Html.Contains("全部 1 题已作答", StringComparison.Ordinal));
        Assert.Contains(result.Messages, m => m.Html.Contains("《党章知识测试》成绩", StringComparison.Ordinal));
    }
}
