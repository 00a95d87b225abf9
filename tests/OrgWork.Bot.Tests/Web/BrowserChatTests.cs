using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrgWork.Bot.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace OrgWork.Bot.Tests.Web;

/// <summary>The web chat in a real browser (headless Chromium), as a learner on a phone uses it.</summary>
[Collection(WebHostGroup.Name)]
public class BrowserChatTests(WebHostFixture host, ChromiumFixture chromium)
{
    [SkippableFact]
    public async Task ALearnerSignsInOpensALessonAnswersAQuizQuestionAndAsksAPolicyQuestion()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(host.Address, phone: true);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        var messages = page.Locator("#messages");

        await SignInAsync(page, "学员小王");
        await Expect(messages).ToContainTextAsync("欢迎使用");

        await TypeAsync(page, "/courses");
        await Expect(messages).ToContainTextAsync("课程目录");
        await PressAsync(page, "长征精神");
        await PressAsync(page, "1. 出发：红军为什么要长征");
        await Expect(messages).ToContainTextAsync("（第 1/2 页）");
        await PressAsync(page, "下一页");
        await Expect(messages).ToContainTextAsync("（第 2/2 页）");
        await Expect(messages).Not.ToContainTextAsync("（第 1/2 页）"); // the page was turned in place
        await PressAsync(page, "开始测验");
        await Expect(messages).ToContainTextAsync(new Regex(@"第 1/\d+ 题"));
        await IdleAsync(page);
        var question = page.Locator("#messages article").Last;
        var isMultipleChoice = await question.Locator("button", new() { HasText = "提交" }).CountAsync() > 0;
        await question.Locator("button").First.ClickAsync();
        if (isMultipleChoice)
        {
            // A multiple-choice question is ticked in place, then submitted.
            await Expect(page.Locator("#messages article").Last.Locator("button").First).ToContainTextAsync("☑");
            await PressAsync(page, "提交");
        }

        await Expect(messages).ToContainTextAsync(new Regex("回答(正确|错误)"));

        await TypeAsync(page, "村集体经济收益怎么分配？");
        await Expect(messages).ToContainTextAsync("来源");
        await Expect(messages).ToContainTextAsync("[1] 发展壮大村级集体经济工作方案 ›");

        await TypeAsync(page, "<script>alert(1)</script>");
        await Expect(page.Locator("#messages .msg.me").Last).ToHaveTextAsync("<script>alert(1)</script>");
        await Expect(messages).ToContainTextAsync("文件中未找到相关规定");
        Assert.Equal(0, await page.Locator("#messages script").CountAsync());
        Assert.Empty(dialogs);

    }

    [SkippableFact]
    public async Task OnAPhoneALessonPageOpensAtItsTitleAndTheLargeTextSwitchIsRemembered()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(host.Address, phone: true);
        var page = await context.NewPageAsync();
        var messages = page.Locator("#messages");
        await SignInAsync(page, "学员老李");
        await Expect(messages).ToContainTextAsync("欢迎使用");

        await TypeAsync(page, "/courses");
        await PressAsync(page, "长征精神");
        await PressAsync(page, "1. 出发：红军为什么要长征");
        await Expect(messages).ToContainTextAsync("（第 1/2 页）");
        await IdleAsync(page);

        var lesson = page.Locator("#messages article").Filter(new() { HasText = "（第 1/2 页）" }).Last;
        var (top, height, viewport) = await TopOfAsync(lesson);
        Assert.True(height > viewport / 2, $"the lesson page is short ({height} of {viewport} px); the test needs a long one");
        Assert.InRange(top, 0, viewport / 4);

        var normal = await FontSizeAsync(page);
        await page.Locator("#large-text").ClickAsync();
        Assert.True(await FontSizeAsync(page) > normal);
        await page.ReloadAsync();
        await Expect(page.Locator("#large-text")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await FontSizeAsync(page) > normal);
    }

    [SkippableFact]
    public async Task ALessonsMarkdownTableIsARealTableOnAPhone()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(host.Address, phone: true);
        var page = await context.NewPageAsync();
        var messages = page.Locator("#messages");
        await SignInAsync(page, "学员小赵");
        await Expect(messages).ToContainTextAsync("欢迎使用");

        await TypeAsync(page, "/courses");
        await PressAsync(page, "长征精神");
        await PressAsync(page, "1. 出发：红军为什么要长征");
        await PressAsync(page, "下一页");
        await Expect(messages).ToContainTextAsync("（第 2/2 页）");

        // content/courses/long-march/01-setting-out.md: | 时间 | 事件 | 要点 | and four rows.
        var table = page.Locator("#messages article").Last.Locator("table");
        await Expect(table).ToHaveCountAsync(1);
        await Expect(table.Locator("thead th")).ToHaveTextAsync(["时间", "事件", "要点"]);
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(table.Locator("tbody tr").Nth(1).Locator("td")).ToHaveTextAsync(["1934年10月", "中央红军开始长征", "8.6万余人从瑞金、于都等地出发"]);
        await Expect(page.Locator("#messages article").Last).Not.ToContainTextAsync("▪");

        // Laid out as a table: the cells of a row side by side, not one under another.
        var tops = await table.Locator("tbody tr").First.Locator("td").EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().top)");
        var lefts = await table.Locator("tbody tr").First.Locator("td").EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().left)");
        Assert.Equal(3, tops.Length);
        Assert.All(tops, top => Assert.Equal(tops[0], top, 1.0));
        Assert.True(lefts[0] < lefts[1] && lefts[1] < lefts[2], $"cells at {string.Join(", ", lefts)}");
        Assert.Equal("table", await table.EvaluateAsync<string>("t => getComputedStyle(t).display"));
    }

    private static async Task<(double Top, double Height, double Viewport)> TopOfAsync(ILocator element)
    {
        var box = await element.EvaluateAsync<double[]>("e => [e.getBoundingClientRect().top, e.getBoundingClientRect().height, window.innerHeight]");
        return (box[0], box[1], box[2]);
    }

    private static Task<double> FontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");

    [SkippableFact]
    public async Task AMemberIsRefusedTheDashboard()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(host.Address, phone: true);
        var page = await context.NewPageAsync();
        await SignInAsync(page, "党员小张");

        var response = await page.GotoAsync("/admin");

        Assert.Equal(403, response!.Status);
        await Expect(page.Locator("body")).ToContainTextAsync("没有访问此页面的权限");
    }

    [SkippableFact]
    public async Task AnAnonymousVisitorIsAskedToSignInBeforeTheDashboard()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(host.Address, phone: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/admin");

        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
        await page.Locator("#name").FillAsync(WebHostFixture.AdminName);
        await page.Locator("#demo-signin button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/admin");
    }

    [SkippableFact]
    public async Task AnAdminSeesTheBranchTableAndChart()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(host.Address, phone: false);
        var page = await context.NewPageAsync();
        await SignInAsync(page, WebHostFixture.AdminName);
        await TypeAsync(page, "/branch add 红星村党支部");
        await Expect(page.Locator("#messages")).ToContainTextAsync("已新建「红星村党支部」");
        await TypeAsync(page, "/branch add 青山村党支部");
        await Expect(page.Locator("#messages")).ToContainTextAsync("已新建「青山村党支部」");
        var created = await page.Locator("#messages article", new() { HasText = "已新建「红星村党支部」" }).InnerTextAsync();
        await TypeAsync(page, "/join " + Regex.Match(created, "邀请码：([A-Z0-9]+)").Groups[1].Value);
        await Expect(page.Locator("#messages")).ToContainTextAsync("已加入");
        await TypeAsync(page, "外星人入党需要什么条件？");
        await Expect(page.Locator("#messages")).ToContainTextAsync("未找到");

        await page.Locator("a[href='/admin']").ClickAsync();
        await page.WaitForURLAsync("**/admin");

        await Expect(page.Locator("#report table")).ToContainTextAsync("红星村党支部");
        var chart = page.Locator("#report-chart");
        await Expect(chart).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => { const img = document.getElementById('report-chart'); return img.complete && img.naturalWidth > 0; }");
        Assert.Equal(780, await chart.EvaluateAsync<int>("img => img.naturalWidth")); // twice a phone's 390 px
        await Expect(page.Locator("#gaps")).ToContainTextAsync("外星人入党需要什么条件");
        await Expect(page.Locator("#courses")).ToContainTextAsync("长征精神");
        await page.Locator("#courses summary").First.ClickAsync();
        await Expect(page.Locator("#courses table").First).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task AReloadShowsTheConversationAgainAndSigningOutForgetsIt()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(host.Address, phone: true);
        var page = await context.NewPageAsync();
        var messages = page.Locator("#messages");
        var welcomes = page.Locator("#messages article", new() { HasText = "欢迎使用" });
        await SignInAsync(page, "学员小李");
        await Expect(welcomes).ToHaveCountAsync(1);
        await TypeAsync(page, "/courses");
        await PressAsync(page, "长征精神");
        await PressAsync(page, "1. 出发：红军为什么要长征");
        await PressAsync(page, "下一页");
        await Expect(messages).ToContainTextAsync("（第 2/2 页）");
        await IdleAsync(page);

        await page.ReloadAsync();

        await Expect(messages).ToContainTextAsync("课程目录");
        await Expect(page.Locator("#messages .msg.me")).ToHaveTextAsync(["/courses"]);
        await Expect(messages).ToContainTextAsync("（第 2/2 页）");
        await Expect(messages).Not.ToContainTextAsync("（第 1/2 页）"); // kept as it was last shown
        await Expect(welcomes).ToHaveCountAsync(1); // not greeted again
        await PressAsync(page, "上一页"); // a kept button still works
        await Expect(messages).ToContainTextAsync("（第 1/2 页）");

        await page.Locator("form[action='/signout'] button").ClickAsync();
        await SignInAsync(page, "学员小李");

        await Expect(page.Locator("#messages article")).ToHaveCountAsync(1);
        await Expect(messages).ToContainTextAsync("欢迎回来");
        await Expect(page.Locator("#messages .msg.me")).ToHaveCountAsync(0);
    }

    private static async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync("/");
        await page.Locator("#name").FillAsync(name);
        await page.Locator("#demo-signin button[type=submit]").ClickAsync();
        await Expect(page.Locator("#messages")).ToContainTextAsync(name);
    }

    /// <summary>The page takes one input at a time: wait until the previous answer has arrived.</summary>
    private static Task IdleAsync(IPage page) => Expect(page.Locator("body")).Not.ToHaveClassAsync(new Regex("busy"));

    private static async Task TypeAsync(IPage page, string text)
    {
        await IdleAsync(page);
        await page.Locator("#text").FillAsync(text);
        await page.Locator("#text").PressAsync("Enter");
    }

    /// <summary>Presses the button of the latest message that has one with this label.</summary>
    private static async Task PressAsync(IPage page, string label)
    {
        await IdleAsync(page);
        await page.Locator("#messages button[data-payload]").Filter(new() { HasText = label }).Last.ClickAsync();
    }
}
