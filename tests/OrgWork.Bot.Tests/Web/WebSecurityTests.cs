using System.Net;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.Chat;

namespace OrgWork.Bot.Tests.Web;

/// <summary>Plain HTTP against the running program: antiforgery on every post, escaping everywhere, roles on the dashboard.</summary>
[Collection(WebHostGroup.Name)]
public class WebSecurityTests(WebHostFixture host)
{
    [Fact]
    public async Task AnonymousVisitorsAreSentToSignInFromTheChatAndTheDashboard()
    {
        using var web = new WebSession(host.Address);

        using var chat = await web.Http.GetAsync(new Uri("/", UriKind.Relative));
        using var admin = await web.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        using var send = await web.PostChatAsync(new ChatRequest("/courses", null, null));

        Assert.Equal(HttpStatusCode.Redirect, chat.StatusCode);
        Assert.StartsWith("/signin", chat.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("ReturnUrl=%2Fadmin", admin.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, send.StatusCode);
    }

    [Fact]
    public async Task SigningInWithoutTheAntiforgeryTokenIsRefused()
    {
        using var web = new WebSession(host.Address);
        await web.GetStringAsync("/signin");

        using var response = await web.PostFormAsync("/signin/local", new() { ["name"] = "无令牌" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(web.Cookies.GetCookies(host.Address).Cast<Cookie>(), c => c.Name == "orgwork.session");
    }

    [Fact]
    public async Task AChatPostWithoutTheCsrfHeaderIsRefusedAndNothingHappens()
    {
        using var web = new WebSession(host.Address);
        await web.SignInLocallyAsync("测试员甲");

        using var refused = await web.PostChatAsync(new ChatRequest("/courses", null, null), withToken: false);
        var accepted = await web.SendAsync("/courses");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("请求无效", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("长征精神", accepted.Messages[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutWithoutTheAntiforgeryTokenIsRefused()
    {
        using var web = new WebSession(host.Address);
        await web.SignInLocallyAsync("测试员乙");

        using var response = await web.PostFormAsync("/signout", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HtmlTypedIntoTheChatComesBackAsText()
    {
        using var web = new WebSession(host.Address);
        await web.SignInLocallyAsync("测试员丙");

        var reply = await web.SendAsync("/<script>alert(1)</script>");

        var html = reply.Messages[0].Html;
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HtmlInContentIsShownAsTextAndScriptLinksAreDropped()
    {
        using var web = new WebSession(host.Address);
        await web.SignInLocallyAsync("测试员丁");

        var catalogue = await web.SendAsync("/courses");
        var course = await web.PressAsync(catalogue, "网页转义测试");
        var lesson = await web.PressAsync(course, "含有 HTML 的课时");

        var html = string.Concat(lesson.Messages.Select(m => m.Html));
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;div onclick=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://example.org/a?b=1&amp;c=2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", string.Concat(course.Messages.Select(m => m.Html)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PagesForbidInlineScripts()
    {
        using var web = new WebSession(host.Address);
        await web.SignInLocallyAsync("测试员戊");

        using var page = await web.Http.GetAsync(new Uri("/", UriKind.Relative));

        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' https://telegram.org", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionCookiesAreHttpOnlyAndSameSite()
    {
        using var web = new WebSession(host.Address);

        using var response = await web.SignInLocallyAsync("测试员己");

        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("orgwork.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MembersAreRefusedTheDashboardAndItsExports()
    {
        using var web = new WebSession(host.Address);
        await web.SignInLocallyAsync("普通党员");

        foreach (var path in (string[])["/admin", "/admin/report.png", "/admin/report.csv"])
        {
            using var response = await web.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task AdminsDownloadTheStudyHoursCsvThatTheReportVerbWrites()
    {
        using var web = new WebSession(host.Address);
        await web.SignInLocallyAsync(WebHostFixture.AdminName);
        await web.SendAsync("/courses");

        using var response = await web.Http.GetAsync(new Uri("/admin/report.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("党支部,党员数,本周活跃,完成课时,学时,正确率", System.Text.Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task APolicyQuestionThatIsNotFoundIsListedOnTheDashboard()
    {
        using var member = new WebSession(host.Address);
        await member.SignInLocallyAsync("提问的党员");
        using var admin = new WebSession(host.Address);
        await admin.SignInLocallyAsync(WebHostFixture.AdminName);

        var answer = await member.SendAsync("外星人入党需要什么条件<b>？");
        var dashboard = await admin.GetStringAsync("/admin");

        Assert.Contains("未找到", answer.Messages[0].Html, StringComparison.Ordinal);
        Assert.Matches(@"<td>外星人入党需要什么条件&lt;b&gt;？</td>\s*<td>1</td>", dashboard);
    }
}
