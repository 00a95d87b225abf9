using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrgWork.Bot.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace OrgWork.Bot.Tests.Web;

/// <summary>
/// The README's pictures (docs/web-chat.png, docs/web-dashboard.png): roster members of three branches activate their
/// accounts on their phones, study a lesson, answer a quiz question and ask policy questions; the organisation
/// department's admin then opens the dashboard. <c>ORGWORK_UPDATE_SCREENSHOTS=1</c> writes the pictures into docs/.
/// </summary>
[Collection(ShowcaseGroup.Name)]
public class ReadmeScreenshotTests(ShowcaseHostFixture host, ChromiumFixture chromium)
{
    [SkippableFact]
    public async Task MembersStudyAndAskOnTheirPhonesAndTheAdminSeesTheirBranchesOnTheDashboard()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);

        // Members of each village and office branch, not all of them, study the first lesson and its quiz.
        foreach (var name in new[] { "陈桂英", "赵志强", "张海燕", "孙立新", "吴明辉", "郑丽娟", "黄国庆" })
        {
            await using var context = await chromium.NewContextAsync(host.Address, phone: true);
            var page = await ActivateAsync(context, name);
            await StudyFirstLessonAsync(page);
        }

        await using (var context = await chromium.NewContextAsync(host.Address, phone: true))
        {
            var page = await ActivateAsync(context, "周红梅");
            await BrowserChat.TypeAsync(page, "流动党员外出务工期间怎样参加组织生活？");
            await Expect(page.Locator("#messages")).ToContainTextAsync("文件中未找到相关规定");
        }

        await using (var context = await chromium.NewContextAsync(host.Address, phone: true))
        {
            var page = await ActivateAsync(context, "王建国");
            await StudyFirstLessonAsync(page);
            await BrowserChat.TypeAsync(page, "村集体经济收益怎么分配？");
            await Expect(page.Locator("#messages")).ToContainTextAsync("来源");
            await Expect(page.Locator("#messages")).ToContainTextAsync("[1] 发展壮大村级集体经济工作方案 ›");
            await BrowserChat.IdleAsync(page);
            // The question at the top, the answer and its sources below it.
            await page.Locator("#messages .msg.me").Last.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumFixture.ScreenshotPath("web-chat.png") });
        }

        await using (var context = await chromium.NewContextAsync(host.Address, phone: false))
        {
            var page = await ActivateAsync(context, "李敏");
            await page.GotoAsync("/admin");
            foreach (var branch in ShowcaseHostFixture.Branches)
            {
                await Expect(page.Locator("#report table")).ToContainTextAsync(branch);
            }

            await Expect(page.Locator("#report table")).Not.ToContainTextAsync("未加入支部");
            await page.WaitForFunctionAsync("() => { const img = document.getElementById('report-chart'); return img.complete && img.naturalWidth > 0; }");
            await Expect(page.Locator("#gaps")).ToContainTextAsync("流动党员外出务工期间怎样参加组织生活");
            await page.Locator("#courses summary").First.ClickAsync();
            await Expect(page.Locator("#courses table").First).ToBeVisibleAsync();
            await page.EvaluateAsync("() => window.scrollTo(0, 0)"); // the sticky header belongs at the top of a full-page shot
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumFixture.ScreenshotPath("web-dashboard.png"), FullPage = true });
        }
    }

    /// <summary>The first sign-in: 手机号, activation code and a new password, then the chat.</summary>
    private async Task<IPage> ActivateAsync(IBrowserContext context, string name)
    {
        var (phone, code) = host.Member(name);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin/activate");
        await page.FillAsync("#phone", phone);
        await page.FillAsync("#code", code);
        await page.FillAsync("#password", ShowcaseHostFixture.Password);
        await page.FillAsync("#confirm", ShowcaseHostFixture.Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("#messages")).ToContainTextAsync(name);
        return page;
    }

    private static async Task StudyFirstLessonAsync(IPage page)
    {
        var messages = page.Locator("#messages");
        await BrowserChat.TypeAsync(page, "/courses");
        await Expect(messages).ToContainTextAsync("课程目录");
        await BrowserChat.PressAsync(page, "长征精神");
        await BrowserChat.PressAsync(page, "1. 出发：红军为什么要长征");
        await BrowserChat.PressAsync(page, "下一页");
        await Expect(messages).ToContainTextAsync("（第 2/2 页）");
        await BrowserChat.PressAsync(page, "开始测验");
        await Expect(messages).ToContainTextAsync(new Regex(@"第 1/\d+ 题"));
        await BrowserChat.IdleAsync(page);
        var question = page.Locator("#messages article").Last;
        var isMultipleChoice = await question.Locator("button", new() { HasText = "提交" }).CountAsync() > 0;
        await question.Locator("button").First.ClickAsync();
        if (isMultipleChoice)
        {
            await Expect(page.Locator("#messages article").Last.Locator("button").First).ToContainTextAsync("☑");
            await BrowserChat.PressAsync(page, "提交");
        }

        await Expect(messages).ToContainTextAsync(new Regex("回答(正确|错误)"));
    }
}
