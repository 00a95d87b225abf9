using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrgWork.Bot.Testing;

/// <summary>
/// An OpenAI-compatible <c>/v1/chat/completions</c> on 127.0.0.1 (a free port), answering what the test scripts and
/// recording every request body.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonDocument> Requests { get; } = new();

    /// <summary>The assistant's reply; streamed in pieces (<see cref="StreamPieces"/>) when the request asks for a stream.</summary>
    public string Reply { get; set; } = "";

    public FakeBehaviour Behaviour { get; set; } = FakeBehaviour.Answer;

    public string Endpoint { get; private set; } = "";

    /// <summary>Every text the embeddings endpoint was asked to embed.</summary>
    public ConcurrentQueue<string> EmbeddedTexts { get; } = new();

    /// <summary>How a text becomes a vector; by default, one dimension per concept the test cares about.</summary>
    public Func<string, float[]> Embed { get; set; } = ConceptVector;

    public bool FailEmbeddings { get; set; }

    /// <summary>Chat requests that have arrived (counted before any hold).</summary>
    public int ChatRequestsArrived => Volatile.Read(ref _chatArrived);

    /// <summary>Embedding requests that have arrived (counted before any hold).</summary>
    public int EmbeddingRequestsArrived => Volatile.Read(ref _embeddingArrived);

    private int _chatArrived;
    private int _embeddingArrived;
    private TaskCompletionSource _chatHold = Released();
    private TaskCompletionSource _embeddingHold = Released();

    /// <summary>From now on chat requests wait until <see cref="ReleaseChat"/>.</summary>
    public void HoldChat() => _chatHold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseChat() => _chatHold.TrySetResult();

    /// <summary>How a streamed reply is cut into chunks; by default, five characters each.</summary>
    public IReadOnlyList<string>? StreamPieces { get; set; }

    /// <summary>Chunks of streamed replies written so far (each flushed to the client).</summary>
    public int StreamPiecesSent => Volatile.Read(ref _piecesSent);

    private int _piecesSent;
    private int _allowedPieces = int.MaxValue;
    private TaskCompletionSource _moreAllowed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Streamed replies stop before chunk number <paramref name="count"/> (counting from 0) until more are allowed.</summary>
    public void AllowStreamPieces(int count)
    {
        Volatile.Write(ref _allowedPieces, count);
        Interlocked.Exchange(ref _moreAllowed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>A streamed reply stops after its first <paramref name="pieces"/> chunks until <see cref="ReleaseStream"/>.</summary>
    public void HoldStreamAfter(int pieces) => AllowStreamPieces(pieces);

    public void ReleaseStream() => AllowStreamPieces(int.MaxValue);

    /// <summary>From now on embedding requests wait until <see cref="ReleaseEmbeddings"/>.</summary>
    public void HoldEmbeddings() => _embeddingHold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseEmbeddings() => _embeddingHold.TrySetResult();

    /// <summary>Waits until <paramref name="count"/> chat requests have arrived.</summary>
    public Task WaitForChatRequestsAsync(int count, TimeSpan timeout) =>
        Eventually.TrueAsync(() => ChatRequestsArrived >= count, $"{count} chat requests reached the fake model server", timeout);

    /// <summary>Waits until <paramref name="count"/> embedding requests have arrived.</summary>
    public Task WaitForEmbeddingRequestsAsync(int count, TimeSpan timeout) =>
        Eventually.TrueAsync(() => EmbeddingRequestsArrived >= count, $"{count} embedding requests reached the fake model server", timeout);

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    /// <summary>党费-like words, 物业, money for villages, and a small constant so no vector is zero.</summary>
    public static float[] ConceptVector(string text) =>
    [
        text.Contains("党费", StringComparison.Ordinal) || text.Contains("会费", StringComparison.Ordinal) ? 1 : 0,
        text.Contains("物业", StringComparison.Ordinal) ? 1 : 0,
        text.Contains("经费", StringComparison.Ordinal) || text.Contains("报酬", StringComparison.Ordinal) ? 1 : 0,
        0.05f,
    ];

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/v1/embeddings", server.HandleEmbeddingsAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address + "/v1";
        return server;
    }

    public JsonDocument LastRequest => Requests.Last();

    /// <summary>The text of every message of the last request, by role.</summary>
    public IReadOnlyList<(string Role, string Content)> LastMessages =>
        [.. LastRequest.RootElement.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, Content(m)))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Content(JsonElement message)
    {
        var content = message.GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await JsonDocument.ParseAsync(context.Request.Body);
        Requests.Enqueue(request);
        Interlocked.Increment(ref _chatArrived);
        await _chatHold.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        switch (Behaviour)
        {
            case FakeBehaviour.ServerError:
                context.Response.StatusCode = 500;
                await context.Response.WriteAsync("""{"error":{"message":"boom","type":"server_error"}}""");
                return;
            case FakeBehaviour.MalformedJson:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"id":"x","choices":[{"message":""");
                return;
            case FakeBehaviour.Hang:
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
        }

        var stream = request.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        if (stream)
        {
            await StreamAsync(context);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "test-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Reply }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        }));
    }

    private async Task HandleEmbeddingsAsync(HttpContext context)
    {
        var request = await JsonDocument.ParseAsync(context.Request.Body);
        Interlocked.Increment(ref _embeddingArrived);
        await _embeddingHold.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        if (FailEmbeddings)
        {
            context.Response.StatusCode = 500;
            return;
        }

        var input = request.RootElement.GetProperty("input");
        var texts = input.ValueKind == JsonValueKind.String ? [input.GetString()!] : input.EnumerateArray().Select(e => e.GetString()!).ToList();
        var base64 = request.RootElement.TryGetProperty("encoding_format", out var format) && format.GetString() == "base64";
        foreach (var text in texts)
        {
            EmbeddedTexts.Enqueue(text);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            @object = "list",
            data = texts.Select((t, i) => new
            {
                @object = "embedding",
                index = i,
                embedding = base64 ? (object)Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Embed(t).AsSpan())) : Embed(t),
            }),
            model = "test-embed",
            usage = new { prompt_tokens = 1, total_tokens = 1 },
        }));
    }

    private async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        var pieces = StreamPieces ?? [.. Enumerable.Range(0, (Reply.Length + 4) / 5).Select(i => Reply.Substring(i * 5, Math.Min(5, Reply.Length - (i * 5))))];
        for (var i = 0; i < pieces.Count; i++)
        {
            while (i >= Volatile.Read(ref _allowedPieces) && !context.RequestAborted.IsCancellationRequested)
            {
                var more = Volatile.Read(ref _moreAllowed);
                if (i < Volatile.Read(ref _allowedPieces))
                {
                    break;
                }

                await more.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            await WriteChunkAsync(context, new { role = "assistant", content = pieces[i] }, null);
            Interlocked.Increment(ref _piecesSent);
        }

        await WriteChunkAsync(context, new { }, "stop");
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static async Task WriteChunkAsync(HttpContext context, object delta, string? finishReason)
    {
        var chunk = JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = "test-model",
            choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
        });
        await context.Response.WriteAsync($"data: {chunk}\n\n");
        await context.Response.Body.FlushAsync();
    }
}
