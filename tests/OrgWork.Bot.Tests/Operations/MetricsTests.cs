using System.Text.RegularExpressions;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Support;
using OrgWork.Bot.Tests.Telegram.Support;
using TelegramBotProcess = OrgWork.Bot.Tests.Telegram.Support.BotProcess;

namespace OrgWork.Bot.Tests.Operations;

/// <summary>
/// <c>GET /metrics</c>: what happened shows up in Prometheus text format. The service runs as a process of its
/// own, so only its measurements are counted (meters are process-wide).
/// </summary>
public sealed partial class MetricsTests : IAsyncLifetime
{
    private const long User = 8401;
    private readonly TestFolder _folder = new();
    private readonly int _port = LoopbackPort.Free();
    private FakeBotApi _api = null!;
    private TelegramBotProcess _bot = null!;

    public async Task InitializeAsync()
    {
        _folder.AddQuizLesson();
        File.WriteAllText(Path.Combine(_folder.ContentRoot, "courses", "demo", "02-broken.md"), "---\ntitle: [未闭合\n---\n正文");
        _api = await FakeBotApi.StartAsync();
        _bot = TelegramBotProcess.Start(_api, _folder, $"--Http:Urls=http://127.0.0.1:{_port}");
        await _api.WaitForAsync(c => c.Method == "getUpdates", TimeSpan.FromMinutes(2));

        // Polling may start before Kestrel listens: wait until the HTTP side answers too.
        using var http = new HttpClient();
        await Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    using var live = await http.GetAsync(new Uri($"http://127.0.0.1:{_port}/health/live"));
                    return live.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            "the service answers /health/live",
            TimeSpan.FromMinutes(1));
    }

    public async Task DisposeAsync()
    {
        _bot.Dispose();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task UpdatesRepliesApiErrorsQuizAnswersQuestionsAndReloadsAreCounted()
    {
        _api.FailNext("sendMessage", FakeFailure.TooManyRequests(0));

        _api.SendText(User, "/start");
        await _api.WaitForAsync(c => c.Method == "sendMessage" && !c.Failed, Wait.Long);
        _api.SendText(User, "/ask 村里的路灯坏了找谁修？");
        await _api.WaitForAsync(c => c.Method == "sendMessage" && !c.Failed, Wait.Long, skip: 1);
        _api.SendText(User, "/quiz");
        var list = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.Buttons.Any(b => b.Text.Contains("演示课", StringComparison.Ordinal)), Wait.Long);
        _api.PressButton(User, User, list.CreatedMessageId!.Value, list.Buttons.First(b => b.Text.Contains("演示课", StringComparison.Ordinal)).Data);
        var question = await _api.WaitForAsync(c => c.Buttons.Count >= 2 && (c.Text ?? "").Contains("第 1/", StringComparison.Ordinal), Wait.Long);
        _api.PressButton(User, User, question.CreatedMessageId ?? question.MessageId!.Value, question.Buttons[0].Data);
        await _api.WaitForAsync(c => (c.Text ?? "").Contains("第 2/", StringComparison.Ordinal), Wait.Long);

        var metrics = await ScrapeAsync();

        Assert.True(Value(metrics, "orgwork_updates_handled_total", "channel=\"telegram\"", "outcome=\"applied\"") >= 4, metrics);
        Assert.True(Value(metrics, "orgwork_update_reply_duration_seconds_count", "channel=\"telegram\"") >= 4, metrics);
        Assert.Equal(1, Value(metrics, "orgwork_telegram_api_errors_total", "code=\"429\""));
        Assert.Equal(1, Value(metrics, "orgwork_quiz_answers_total", "kind=\"lesson\""));
        Assert.Equal(1, Value(metrics, "orgwork_qa_questions_total", "outcome=\"not_found\""));
        Assert.Equal(1, Value(metrics, "orgwork_qa_duration_seconds_count"));
        Assert.True(Value(metrics, "orgwork_content_reloads_total", "result=\"with_errors\"") >= 1, metrics);
        Assert.True(Value(metrics, "orgwork_content_validation_errors_total") >= 1, metrics);
    }

    [Fact]
    public async Task BeforeAnyTrafficTheKnownSeriesAreThereAtZeroAndTheFirstContentLoadIsCounted()
    {
        var metrics = await ScrapeAsync();

        foreach (var (name, labels) in new (string, string[])[]
        {
            ("orgwork_updates_handled_total", ["channel=\"telegram\"", "outcome=\"applied\""]),
            ("orgwork_updates_handled_total", ["channel=\"web\"", "outcome=\"duplicate\""]),
            ("orgwork_quiz_answers_total", ["kind=\"daily\"", "correct=\"true\""]),
            ("orgwork_qa_questions_total", ["outcome=\"answered\""]),
            ("orgwork_qa_questions_total", ["outcome=\"not_found\""]),
        })
        {
            Assert.True(Has(metrics, name, labels), $"{name}{{{string.Join(',', labels)}}} missing from:\n{metrics}");
            Assert.Equal(0, Value(metrics, name, labels));
        }

        // Start-up loaded the content with its one broken file before any scrape.
        Assert.True(Value(metrics, "orgwork_content_reloads_total", "result=\"with_errors\"") >= 1, metrics);
        Assert.True(Value(metrics, "orgwork_content_validation_errors_total") >= 1, metrics);
    }

    private async Task<string> ScrapeAsync()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{_port}/metrics"));
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    private static bool Has(string metrics, string name, params string[] labels) =>
        Sample().Matches(metrics).Any(m => m.Groups["name"].Value == name && labels.All(l => m.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)));

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    private static double Value(string metrics, string name, params string[] labels) =>
        Sample().Matches(metrics)
            .Where(m => m.Groups["name"].Value == name && labels.All(l => m.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)))
            .Sum(m => double.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-z_]+)(\{(?<labels>[^}]*)\})? (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
