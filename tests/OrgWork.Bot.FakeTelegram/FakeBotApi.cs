using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrgWork.Bot.FakeTelegram;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 (a free port): real HTTP, JSON bodies shaped as the Bot API
/// documents them, <c>getUpdates</c> with offset confirmation and long-poll timeout, messages with ids that
/// edits refer to, and scripted failures (429 with <c>retry_after</c>, 5xx, 403 blocked…).
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const long BotId = 123456789;
    public const string Token = "123456789:TEST-token_for-the-loopback-fake-bot-api";
    public const string BotUsername = "OrgWorkTestBot";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _queue = [];
    private readonly List<ApiCall> _calls = [];
    private readonly Dictionary<string, Queue<FakeFailure>> _scriptedFailures = [];
    private readonly Dictionary<long, int> _lastMessageIds = [];
    private readonly Dictionary<string, int> _counts = [];
    private TaskCompletionSource _updatesAdded = NewSignal();
    private TaskCompletionSource _callRecorded = NewSignal();
    private int _nextUpdateId = 10_000;
    private int _highestOffset;
    private int _pollsInFlight;
    private int _conflicts;

    private FakeBotApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public FakeUpdates Updates { get; } = new();

    /// <summary>Decides an answer per call before the normal one: a failure to return, or null to go on. May wait.</summary>
    public Func<ApiCall, CancellationToken, Task<FakeFailure?>>? Interceptor { get; set; }

    /// <summary>Whether <see cref="Calls"/> keeps every call (tests); a long benchmark turns it off and counts instead.</summary>
    public bool KeepCalls { get; set; } = true;

    /// <summary>Calls answered so far, by method, whether kept or not.</summary>
    public int CountOf(string method)
    {
        lock (_gate)
        {
            return _counts.GetValueOrDefault(method);
        }
    }

    /// <summary>
    /// <c>getUpdates</c> calls refused with 409 Conflict because another one was still open, as Telegram
    /// refuses a second poller of the same bot.
    /// </summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    /// <summary>Told of every call after it was answered (outside the fake's lock); the benchmark's simulated users react here.</summary>
    public Action<ApiCall>? Observer { get; set; }

    /// <summary>The highest offset the bot passed to <c>getUpdates</c>: everything below is confirmed.</summary>
    public int ConfirmedOffset
    {
        get
        {
            lock (_gate)
            {
                return _highestOffset;
            }
        }
    }

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public static async Task<FakeBotApi> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = 64 * 1024 * 1024);
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.Run(fake.RouteAsync);
        await app.StartAsync(cancellationToken);
        fake.BaseUrl = app.Urls.First().TrimEnd('/');
        return fake;
    }

    /// <summary>Queues an update (as Telegram receives a user's action); returns its <c>update_id</c>.</summary>
    public int AddUpdate(JsonObject body)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            body["update_id"] = id;
            _queue.Add(body);
            Signal(ref _updatesAdded);
            return id;
        }
    }

    /// <summary>Serves an update again with the same id, as Telegram does when it was not confirmed.</summary>
    public void Redeliver(JsonObject bodyWithId)
    {
        lock (_gate)
        {
            _queue.Add(bodyWithId.DeepClone().AsObject());
            _queue.Sort((a, b) => (int)a["update_id"]! - (int)b["update_id"]!);
            Signal(ref _updatesAdded);
        }
    }

    public int SendText(long userId, string text, long? chatId = null) => AddUpdate(Updates.Text(userId, text, chatId));

    public int PressButton(long userId, long chatId, int messageId, string data) => AddUpdate(Updates.Button(userId, chatId, messageId, data));

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> get <paramref name="failure"/>.</summary>
    public void FailNext(string method, FakeFailure failure, int times = 1)
    {
        lock (_gate)
        {
            if (!_scriptedFailures.TryGetValue(method, out var queue))
            {
                queue = new Queue<FakeFailure>();
                _scriptedFailures[method] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(failure);
            }
        }
    }

    /// <summary>Waits (bounded by <paramref name="timeout"/>) until a recorded call matches; throws with the call log if none does.</summary>
    public async Task<ApiCall> WaitForAsync(Func<ApiCall, bool> predicate, TimeSpan timeout, int skip = 0)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task recorded;
            lock (_gate)
            {
                var match = _calls.Where(predicate).Skip(skip).FirstOrDefault();
                if (match is not null)
                {
                    return match;
                }

                recorded = _callRecorded.Task;
            }

            try
            {
                await recorded.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching Bot API call within {timeout}. Calls so far:\n{Describe()}");
            }
        }
    }

    /// <summary>Waits until the bot confirmed every queued update (its offset passed them all).</summary>
    public async Task WaitUntilConfirmedAsync(int updateId, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (ConfirmedOffset <= updateId)
        {
            Task recorded;
            lock (_gate)
            {
                recorded = _callRecorded.Task;
            }

            try
            {
                await recorded.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Update {updateId} not confirmed within {timeout}; offset is {ConfirmedOffset}");
            }
        }
    }

    public string Describe() => string.Join('\n', Calls.Select(c => $"{c.Method}{(c.Failed ? " (failed)" : "")}: {c.Parameters.ToJsonString()}"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // Bot API paths are /bot<token>/<method>; the token holds a colon, so the path is split by hand.
    private Task RouteAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var slash = path.LastIndexOf('/');
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash <= 4)
        {
            return WriteAsync(context, FakeFailure.Error(404, "Not Found"));
        }

        return HandleAsync(context, path[4..slash], path[(slash + 1)..]);
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        if (token != Token)
        {
            await WriteAsync(context, FakeFailure.Error(401, "Unauthorized"));
            return;
        }

        var parameters = await FakeRequestReader.ReadAsync(context.Request, context.RequestAborted);
        var call = new ApiCall(method, parameters, DateTimeOffset.UtcNow);
        var failure = TakeScriptedFailure(method);
        if (failure is null && Interceptor is { } interceptor)
        {
            failure = await interceptor(call, context.RequestAborted);
        }

        if (failure is not null)
        {
            Record(call with { Failed = true });
            await WriteAsync(context, failure);
            return;
        }

        if (method == "getUpdates")
        {
            if (Interlocked.Increment(ref _pollsInFlight) > 1)
            {
                Interlocked.Decrement(ref _pollsInFlight);
                Interlocked.Increment(ref _conflicts);
                Record(call with { Failed = true });
                await WriteAsync(context, FakeFailure.Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
                return;
            }

            try
            {
                var updates = await GetUpdatesAsync(parameters, context.RequestAborted);
                Record(call);
                await WriteResultAsync(context, updates);
            }
            finally
            {
                Interlocked.Decrement(ref _pollsInFlight);
            }

            return;
        }

        var (result, messageId) = Answer(method, parameters);
        Record(call with { CreatedMessageId = messageId });
        if (result is null)
        {
            await WriteAsync(context, FakeFailure.Error(404, "Not Found: method not found"));
            return;
        }

        await WriteResultAsync(context, result);
    }

    private (JsonNode? Result, int? MessageId) Answer(string method, JsonObject parameters)
    {
        switch (method)
        {
            case "getMe":
                return (new JsonObject
                {
                    ["id"] = BotId,
                    ["is_bot"] = true,
                    ["first_name"] = "组工学习助手（测试）",
                    ["username"] = BotUsername,
                    ["can_join_groups"] = true,
                    ["can_read_all_group_messages"] = false,
                    ["supports_inline_queries"] = false,
                }, null);
            case "sendMessage" or "sendPhoto":
                return NewMessage(method, parameters);
            case "editMessageText":
                return (FakeMessages.Message((int)(parameters["message_id"]?.GetValue<long>() ?? 0), ChatIdOf(parameters), parameters["text"]?.ToString()), null);
            case "answerCallbackQuery" or "setMyCommands" or "setWebhook" or "deleteWebhook" or "sendChatAction":
                return (JsonValue.Create(true), null);
            default:
                return (null, null);
        }
    }

    private (JsonNode Result, int MessageId) NewMessage(string method, JsonObject parameters)
    {
        var chatId = ChatIdOf(parameters);
        int messageId;
        lock (_gate)
        {
            messageId = _lastMessageIds.GetValueOrDefault(chatId) + 1;
            _lastMessageIds[chatId] = messageId;
        }

        var message = FakeMessages.Message(messageId, chatId, method == "sendMessage" ? parameters["text"]?.ToString() : null);
        if (method == "sendPhoto")
        {
            message["photo"] = new JsonArray(new JsonObject { ["file_id"] = $"photo{messageId}", ["file_unique_id"] = $"p{messageId}", ["width"] = 800, ["height"] = 600 });
            if (parameters["caption"] is { } caption)
            {
                message["caption"] = caption.ToString();
            }
        }

        return (message, messageId);
    }

    private async Task<JsonArray> GetUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        var offset = (int)(parameters["offset"]?.GetValue<long>() ?? 0);
        var limit = (int)(parameters["limit"]?.GetValue<long>() ?? 100);
        var timeout = TimeSpan.FromSeconds(parameters["timeout"]?.GetValue<long>() ?? 0);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        wait.CancelAfter(timeout);
        while (true)
        {
            Task added;
            lock (_gate)
            {
                if (offset > 0)
                {
                    // Telegram forgets every update below the offset: it is confirmed.
                    _highestOffset = Math.Max(_highestOffset, offset);
                    _queue.RemoveAll(u => (int)u["update_id"]! < offset);
                }

                var available = _queue.Take(limit).Select(u => u.DeepClone()).ToArray();
                if (available.Length > 0 || wait.IsCancellationRequested)
                {
                    return new JsonArray(available);
                }

                added = _updatesAdded.Task;
            }

            try
            {
                await added.WaitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // Timeout: loop once more to answer with what there is (nothing).
            }
        }
    }

    private FakeFailure? TakeScriptedFailure(string method)
    {
        lock (_gate)
        {
            return _scriptedFailures.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    private void Record(ApiCall call)
    {
        lock (_gate)
        {
            _counts[call.Method] = _counts.GetValueOrDefault(call.Method) + 1;
            if (KeepCalls)
            {
                _calls.Add(call);
                Signal(ref _callRecorded);
            }
        }

        Observer?.Invoke(call);
    }

    private static long ChatIdOf(JsonObject parameters) =>
        long.TryParse(parameters["chat_id"]?.ToString(), out var id) ? id : 0;

    private static Task WriteResultAsync(HttpContext context, JsonNode result) =>
        WriteAsync(context, new FakeFailure(200, new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString()));

    private static async Task WriteAsync(HttpContext context, FakeFailure answer)
    {
        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = answer.Body.StartsWith('{') ? "application/json" : "text/html";
        await context.Response.WriteAsync(answer.Body);
    }

    private static void Signal(ref TaskCompletionSource signal)
    {
        var fired = signal;
        signal = NewSignal();
        fired.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
