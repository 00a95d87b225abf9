using System.Net;
using System.Net.Sockets;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Operations;

/// <summary>The real program's health endpoints and listen addresses, over HTTP on loopback.</summary>
public class HealthTests
{
    [Fact]
    public async Task LiveAndReadyAreHealthyOnceTheDatabaseTheCatalogueAndTheIndexAreThere()
    {
        using var work = new WorkFolder();
        var port = LoopbackPort.Free();
        using var bot = BotProcess.Start(work.Path, [.. work.Settings(BotProcess.ShippedContent), $"--Http:Urls=http://127.0.0.1:{port}"]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var ready = await HealthAnswer.WaitAsync(http, "/health/ready", a => a.Status == "Healthy");
        var live = await HealthAnswer.GetAsync(http, "/health/live");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", ready.CheckStatus("database"));
        Assert.Equal("Healthy", ready.CheckStatus("content"));
        Assert.Equal("Healthy", ready.CheckStatus("policyIndex"));
        Assert.Equal(2, ready.Checks["content"]!["data"]!["courses"]!.GetValue<int>());
        Assert.True(ready.Checks["policyIndex"]!["data"]!["documents"]!.GetValue<int>() >= 3, ready.Body);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", live.Status);
        Assert.Empty(live.Checks);
    }

    [Fact]
    public async Task AspNetCoreUrlsWinOverTheHttpUrlsDefault()
    {
        using var work = new WorkFolder();
        var standard = LoopbackPort.Free();
        var fallback = LoopbackPort.Free();
        using var bot = BotProcess.Start(
            work.Path,
            new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{standard}" },
            [.. work.Settings(BotProcess.ShippedContent), $"--Http:Urls=http://127.0.0.1:{fallback}"]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{standard}") };

        await HealthAnswer.WaitAsync(http, "/health/live", a => a.StatusCode == HttpStatusCode.OK);

        Assert.False(await AcceptsConnectionsAsync(fallback), "Http:Urls must not be applied when ASPNETCORE_URLS is set");
    }

    [Fact]
    public async Task KestrelEndpointsWinOverTheHttpUrlsDefault()
    {
        using var work = new WorkFolder();
        var kestrel = LoopbackPort.Free();
        var fallback = LoopbackPort.Free();
        using var bot = BotProcess.Start(
            work.Path,
            [.. work.Settings(BotProcess.ShippedContent), $"--Http:Urls=http://127.0.0.1:{fallback}", $"--Kestrel:Endpoints:Main:Url=http://127.0.0.1:{kestrel}"]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{kestrel}") };

        await HealthAnswer.WaitAsync(http, "/health/live", a => a.StatusCode == HttpStatusCode.OK);

        Assert.False(await AcceptsConnectionsAsync(fallback), "Http:Urls must not be applied when Kestrel:Endpoints is set");
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
