using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrgWork.Bot.Bench.SlowModel;

/// <summary>An OpenAI-compatible <c>/v1/chat/completions</c> on 127.0.0.1 that answers every request after a fixed delay.</summary>
internal sealed class SlowModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private SlowModelServer(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = "";

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<SlowModelServer> StartAsync(TimeSpan delay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new SlowModelServer(app);
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            Interlocked.Increment(ref server._requests);
            await Task.Delay(delay, context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                id = "chatcmpl-bench",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = "bench-model",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = "经批准可以少交或者免交党费[1]。" }, finish_reason = "stop" } },
            }));
        });
        await app.StartAsync();
        server.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
