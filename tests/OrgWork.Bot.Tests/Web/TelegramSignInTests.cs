using System.Globalization;
using System.Net;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

/// <summary>With a bot token, people sign in with the Telegram Login Widget; the payload is checked on the server.</summary>
public class TelegramSignInTests : PollingBotTest
{
    private const long TelegramUserId = 777000111;

    [Fact]
    public async Task ASignedPayloadSignsInAsTheSameLearnerAsOnTelegram()
    {
        using var web = new WebSession(Bot.Address);
        var fields = Payload(DateTimeOffset.UtcNow);

        var confirm = await web.Http.GetAsync(new Uri("/signin/telegram" + Query(fields), UriKind.Relative));
        var page = await confirm.Content.ReadAsStringAsync();
        using var signedIn = await web.PostFormAsync("/signin/telegram", new(fields) { ["__RequestVerificationToken"] = WebSession.FormToken(page) });

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("张 三", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var chat = await web.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
    }

    [Fact]
    public async Task AForgedPayloadIsRefused()
    {
        using var web = new WebSession(Bot.Address);
        var fields = Payload(DateTimeOffset.UtcNow);
        fields["id"] = "1"; // someone else's id under the original signature

        using var confirm = await web.Http.GetAsync(new Uri("/signin/telegram" + Query(fields), UriKind.Relative));
        using var post = await PostWithTokenAsync(web, fields);

        Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.DoesNotContain(web.Cookies.GetCookies(Bot.Address).Cast<Cookie>(), c => c.Name == "orgwork.session");
    }

    [Fact]
    public async Task APayloadOlderThanADayIsRefused()
    {
        using var web = new WebSession(Bot.Address);
        var fields = Payload(DateTimeOffset.UtcNow.AddDays(-1).AddMinutes(-1));

        using var post = await PostWithTokenAsync(web, fields);

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task TheDemoSignInIsRefusedToAPublicClientForwardedByTheProxyOnLoopback()
    {
        // nginx on this machine connects from loopback and names the real client in X-Forwarded-For.
        using var web = new WebSession(Bot.Address);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/signin/local", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(web), ["name"] = "冒充者" }),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var post = await web.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.DoesNotContain(web.Cookies.GetAllCookies(), c => c.Name == "orgwork.session");
        Assert.Contains($"data-telegram-login=\"{FakeBotApi.BotUsername}\"", await SignInPageWithWidgetAsync(web.Http), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindAReverseProxyTheWidgetReturnsToThePublicHttpsAddressAndTheSessionCookieIsSecure()
    {
        // The test connects from loopback, as nginx on the same machine does. Cookies are carried by hand: they
        // are Secure now, and this client speaks plain HTTP to the "proxy".
        using var proxy = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Bot.Address };
        proxy.DefaultRequestHeaders.Host = "bot.example.org";
        proxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        proxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var fields = Payload(DateTimeOffset.UtcNow);

        var page = await SignInPageWithWidgetAsync(proxy);
        using var confirm = await proxy.GetAsync(new Uri("/signin/telegram" + Query(fields), UriKind.Relative));
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/signin/telegram", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebSession.FormToken(await confirm.Content.ReadAsStringAsync()) }),
        };
        post.Headers.Add("Cookie", string.Join("; ", confirm.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        using var signedIn = await proxy.SendAsync(post);

        Assert.Contains("data-auth-url=\"https://bot.example.org/signin/telegram\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var setCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("orgwork.session=", StringComparison.Ordinal));
        Assert.Contains("; secure", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithoutAProxyTheSessionCookieFollowsThePlainHttpRequest()
    {
        using var web = new WebSession(Bot.Address);

        var page = await SignInPageWithWidgetAsync(web.Http);
        using var signedIn = await PostWithTokenAsync(web, Payload(DateTimeOffset.UtcNow));

        Assert.Contains($"data-auth-url=\"http://{Bot.Address.Authority}/signin/telegram\"", page, StringComparison.Ordinal);
        var setCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("orgwork.session=", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Posts with a valid antiforgery token (from a genuine confirmation page), so only the payload decides.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(WebSession web, Dictionary<string, string> fields)
    {
        var token = await TokenAsync(web);
        return await web.PostFormAsync("/signin/telegram", new(fields) { ["__RequestVerificationToken"] = token });
    }

    private static async Task<string> TokenAsync(WebSession web) =>
        WebSession.FormToken(await web.GetStringAsync("/signin/telegram" + Query(Payload(DateTimeOffset.UtcNow))));

    /// <summary>The widget appears once the bot has learnt its username (getMe at start-up).</summary>
    private static async Task<string> SignInPageWithWidgetAsync(HttpClient web)
    {
        for (var attempt = 0; ; attempt++)
        {
            var page = await web.GetStringAsync(new Uri("/signin", UriKind.Relative));
            if (page.Contains("data-telegram-login", StringComparison.Ordinal) || attempt == 100)
            {
                return page;
            }

            await Task.Delay(50);
        }
    }

    private static Dictionary<string, string> Payload(DateTimeOffset authDate)
    {
        var fields = new Dictionary<string, string>
        {
            ["id"] = TelegramUserId.ToString(CultureInfo.InvariantCulture),
            ["first_name"] = "张",
            ["last_name"] = "三",
            ["username"] = "zhangsan",
            ["auth_date"] = authDate.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        };
        fields["hash"] = TelegramLoginVerifier.Sign(FakeBotApi.Token, fields);
        return fields;
    }

    private static string Query(Dictionary<string, string> fields) =>
        "?" + string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
