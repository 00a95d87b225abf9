using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Bench.Foundation;
using OrgWork.Bot.Cli;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Web.Chat;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Bench.Classes;

/// <summary>
/// A class's members check in to the same session within the same minute: half in the web chat (signed-in browsers posting
/// <c>/chat/send</c> with <c>/start ck_CODE</c>, what the check-in page sends), half through the Telegram webhook
/// (<c>POST /telegram/webhook</c> with the secret, replies going to the fake Bot API), all at once against the real service
/// in process on loopback with a SQLite file. Reports check-ins/s and latency (web: the post's round trip; Telegram: from
/// the post to the reply reaching the Bot API), then every member scans again at once, and checks that the database holds
/// exactly one attendance and one 学时 credit per member. Bounded by count (and a 3-minute deadline):
/// <c>checkin [members]</c> (default 300).
/// </summary>
public static partial class CheckInBenchmark
{
    private const string Secret = "bench_webhook_secret";
    private const string ClassSlug = "bench-class";
    private const long TelegramIdBase = 7_000_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var members = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 300;
        var webCount = members / 2;
        var telegramCount = members - webCount;
        var folder = Directory.CreateTempSubdirectory("orgwork-bench-checkin-").FullName;
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            WriteClass(Path.Combine(folder, "content"), DateTime.UtcNow);
            await using var api = await FakeBotApi.StartAsync();
            api.KeepCalls = false;
            await using var app = await ServeVerb.CreateAppAsync(
            [
                $"--Telegram:Token={FakeBotApi.Token}",
                $"--Telegram:BaseUrl={api.BaseUrl}",
                "--Telegram:WebhookUrl=https://bench.example.org/telegram/webhook",
                $"--Telegram:WebhookSecret={Secret}",
                $"--ConnectionStrings:OrgWork=Data Source={Path.Combine(folder, "bench.db")}",
                $"--Content:Root={Path.Combine(folder, "content")}",
                "--Content:Watch=false",
                "--Jobs:Enabled=false",
                "--Web:DemoSignIn=true",
                "--Flood:Limit=1000",
                "--Http:Urls=http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning",
            ], deadline.Token);
            await app.StartAsync(deadline.Token);
            var address = new Uri(app.Urls.First());
            var webNames = Enumerable.Range(0, webCount).Select(i => $"网页学员{i:D3}").ToList();
            var telegramIds = Enumerable.Range(0, telegramCount).Select(i => TelegramIdBase + i).ToList();
            await EnrolAsync(app.Services, [.. webNames.Select(LocalLearnerId.For), .. telegramIds], webNames, deadline.Token);

            // Signing in is not part of the check-in: each browser signs in first, as a member would before class.
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = members + 10, UseCookies = false };
            var browsers = await Task.WhenAll(webNames.Select(name => Browser.SignInAsync(address, name, deadline.Token)));
            using var webhook = new HttpClient(handler, disposeHandler: false) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };

            var trainingClass = app.Services.GetRequiredService<CatalogueStore>().Current.FindClass(ClassSlug)!;
            var code = await app.Services.GetRequiredService<CheckInCodes>().ForSessionAsync(trainingClass, trainingClass.Sessions[0], DateTime.UtcNow, deadline.Token);
            var text = "/start " + CheckInCodes.SessionPrefix + code;

            Console.WriteLine($"checkin: {members} members scan the same session's code at once ({webCount} web chat, {telegramCount} Telegram webhook), SQLite WAL file, {Environment.ProcessorCount} cores");
            var first = await WaveAsync(api, webhook, browsers, telegramIds, text, updateIdBase: 1_000_000, deadline.Token);
            Console.WriteLine(first.Describe("first scans"));
            var again = await WaveAsync(api, webhook, browsers, telegramIds, text, updateIdBase: 2_000_000, deadline.Token);
            Console.WriteLine(again.Describe("second scans"));

            var (attendances, attendees, credits, credited) = await CountAsync(app.Services, deadline.Token);
            Console.WriteLine($"stored: {attendances} attendance rows for {attendees} members, {credits} 学时 credits for {credited} members (expected {members} of each)");
            Console.WriteLine($"replies: first scans {first.Done} 签到成功; second scans {again.Already} 已签到, {again.Done} 签到成功");
            await app.StopAsync(CancellationToken.None);
            foreach (var browser in browsers)
            {
                browser.Dispose();
            }

            var exact = attendances == members && attendees == members && credits == members && credited == members;
            return exact && first.Done == members && again.Already == members ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One open class whose first session started ten minutes ago (Beijing time), so its check-in window is open.</summary>
    private static void WriteClass(string contentRoot, DateTime utcNow)
    {
        Directory.CreateDirectory(Path.Combine(contentRoot, "classes"));
        var starts = ContentTime.Format(utcNow.AddMinutes(-10));
        var later = ContentTime.Format(utcNow.AddDays(1));
        File.WriteAllText(Path.Combine(contentRoot, "classes", ClassSlug + ".md"), $"""
            ---
            title: 压力测试培训班
            place: 县委党校
            capacity: 5000
            enrol: open
            sessions:
              - title: 开班式
                starts: {starts}
                minutes: 90
                place: 报告厅
              - title: 现场教学
                starts: {later}
                minutes: 90
                place: 纪念馆
            ---
            基准测试。
            """);
    }

    /// <summary>The members as the database would hold them after they enrolled: a learner row each and an enrolment.</summary>
    private static async Task EnrolAsync(IServiceProvider services, IReadOnlyList<long> ids, List<string> webNames, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(cancellationToken);
        var now = DateTime.UtcNow;
        foreach (var (id, index) in ids.Select((id, i) => (id, i)))
        {
            db.Learners.Add(new Learner { Id = id, DisplayName = index < webNames.Count ? webNames[index] : $"电报学员{index:D3}", CreatedAt = now, LastSeenAt = now });
            db.Enrolments.Add(new Enrolment { ClassSlug = ClassSlug, LearnerId = id, Status = EnrolmentStatus.Enrolled, QueuedAt = now, UpdatedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<WaveResult> WaveAsync(
        FakeBotApi api, HttpClient webhook, IReadOnlyList<Browser> browsers, List<long> telegramIds, string text, int updateIdBase, CancellationToken cancellationToken)
    {
        var sentAt = new ConcurrentDictionary<long, long>();
        var replies = new ConcurrentDictionary<long, (long At, string Text)>();
        var allReplied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.Observer = call =>
        {
            if (call.Method == "sendMessage" && !call.Failed && call.ChatId is { } chat && sentAt.ContainsKey(chat)
                && replies.TryAdd(chat, (Stopwatch.GetTimestamp(), call.Text ?? "")) && replies.Count == telegramIds.Count)
            {
                allReplied.TrySetResult();
            }
        };

        var webLatencies = new ConcurrentBag<double>();
        var webTexts = new ConcurrentBag<string>();
        var start = Stopwatch.GetTimestamp();
        var posts = telegramIds.Select((id, i) => Task.Run(async () =>
        {
            var update = api.Updates.Text(id, text);
            update["update_id"] = updateIdBase + i;
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/telegram/webhook", UriKind.Relative))
            {
                Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
            sentAt[id] = Stopwatch.GetTimestamp();
            using var response = await webhook.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
        }, cancellationToken)).Concat(browsers.Select(browser => Task.Run(async () =>
        {
            var began = Stopwatch.GetTimestamp();
            var reply = await browser.SendAsync(text, cancellationToken);
            webLatencies.Add(Stopwatches.Milliseconds(began));
            webTexts.Add(reply);
        }, cancellationToken)));
        await Task.WhenAll(posts);
        await allReplied.Task.WaitAsync(cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        api.Observer = null;

        var telegramLatencies = replies.Select(r => Stopwatch.GetElapsedTime(sentAt[r.Key], r.Value.At).TotalMilliseconds).ToList();
        var texts = webTexts.Concat(replies.Values.Select(r => r.Text)).ToList();
        var done = UiText.CheckInDone[..4];
        var already = UiText.CheckInAlready[..3];
        return new WaveResult(
            browsers.Count + telegramIds.Count,
            seconds,
            [.. webLatencies.Order()],
            [.. telegramLatencies.Order()],
            texts.Count(t => t.Contains(done, StringComparison.Ordinal)),
            texts.Count(t => t.Contains(already, StringComparison.Ordinal)));
    }

    private static async Task<(int Attendances, int Attendees, int Credits, int Credited)> CountAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(cancellationToken);
        var attendance = db.Attendances.Where(a => a.ClassSlug == ClassSlug && a.SessionNumber == 1);
        var reference = OrgWork.Bot.Core.Content.ClassSession.CreditReference(ClassSlug, 1);
        var credits = db.StudyCredits.Where(c => c.Source == StudyCreditSource.ClassSession && c.Reference == reference);
        return (
            await attendance.CountAsync(cancellationToken),
            await attendance.Select(a => a.LearnerId).Distinct().CountAsync(cancellationToken),
            await credits.CountAsync(cancellationToken),
            await credits.Select(c => c.LearnerId).Distinct().CountAsync(cancellationToken));
    }

    private sealed record WaveResult(int Members, double Seconds, List<double> Web, List<double> Telegram, int Done, int Already)
    {
        public string Describe(string wave)
        {
            var all = Web.Concat(Telegram).Order().ToList();
            return string.Create(CultureInfo.InvariantCulture,
                $"{wave}: {Members} in {Seconds:F2} s = {Members / Seconds:F0} check-ins/s; latency p50 {Stopwatches.Percentile(all, 50):F0} ms, p99 {Stopwatches.Percentile(all, 99):F0} ms "
                + $"(web p50 {Stopwatches.Percentile(Web, 50):F0} / p99 {Stopwatches.Percentile(Web, 99):F0} ms, Telegram p50 {Stopwatches.Percentile(Telegram, 50):F0} / p99 {Stopwatches.Percentile(Telegram, 99):F0} ms)");
        }
    }

    /// <summary>A signed-in browser of the web chat: its cookies and the chat page's antiforgery token.</summary>
    private sealed partial class Browser(HttpClient http, string chatToken) : IDisposable
    {
        public static async Task<Browser> SignInAsync(Uri address, string name, CancellationToken cancellationToken)
        {
            var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            var page = await http.GetStringAsync(new Uri("/signin", UriKind.Relative), cancellationToken);
            var token = WebUtility.HtmlDecode(FormToken().Match(page).Groups[1].Value);
            using var signedIn = await http.PostAsync(new Uri("/signin/local", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["name"] = name,
                ["returnUrl"] = "/",
            }), cancellationToken);
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"sign-in answered {(int)signedIn.StatusCode}");
            }

            var chat = await http.GetStringAsync(new Uri("/", UriKind.Relative), cancellationToken);
            return new Browser(http, WebUtility.HtmlDecode(MetaToken().Match(chat).Groups[1].Value));
        }

        /// <summary>Posts <paramref name="text"/> as the chat page does; returns the replies' text.</summary>
        public async Task<string> SendAsync(string text, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/chat/send", UriKind.Relative))
            {
                Content = JsonContent.Create(new ChatRequest(text, null, Guid.NewGuid().ToString("N"))),
            };
            request.Headers.Add("X-CSRF-TOKEN", chatToken);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<ChatResponse>(cancellationToken);
            return string.Join("\n", body?.Messages.Select(m => WebUtility.HtmlDecode(m.Html)) ?? []);
        }

        public void Dispose() => http.Dispose();

        [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
        private static partial Regex FormToken();

        [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"\\s*/?>")]
        private static partial Regex MetaToken();
    }
}
