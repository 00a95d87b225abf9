using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

public class ServeTests
{
    [Fact]
    public async Task ServeAnswersHealthWithCountsAndStopsCleanlyOnSigterm()
    {
        using var work = new WorkFolder();
        var port = LoopbackPort.Free();
        using var bot = BotProcess.Start(work.Path, [.. work.Settings(BotProcess.ShippedContent), $"--Http:Urls=http://127.0.0.1:{port}"]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var health = await HealthProbe.WaitAsync(http, bot);

        Assert.Equal("ok", health.Status);
        Assert.Equal(2, health.Courses);
        Assert.True(health.Lessons >= 6);
        Assert.True(health.Questions >= 50);
        Assert.True(health.PolicyDocuments >= 3);

        bot.Terminate();
        Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("Telegram:Token is not set", bot.Output, StringComparison.Ordinal);
        Assert.Contains("-- chat", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheJsonFormatterEveryLogLineIsAStructuredJsonObject()
    {
        using var work = new WorkFolder();
        var port = LoopbackPort.Free();
        using var bot = BotProcess.Start(
            work.Path, [.. work.Settings(BotProcess.ShippedContent), $"--Http:Urls=http://127.0.0.1:{port}", "--Logging:Console:FormatterName=json"]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await HealthProbe.WaitAsync(http, bot);

        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        bot.Terminate();
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("orgwork_content_reloads_total", metrics, StringComparison.Ordinal);
        var lines = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            using var entry = System.Text.Json.JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Message", out _), line);
        });
        Assert.Contains(lines, l => l.Contains("\"Courses\":2", StringComparison.Ordinal)); // structured state, not only text
    }

    [Fact]
    public async Task AMistypedTrustedProxyStopsStartUpNamingTheSettingAndTheValue()
    {
        using var work = new WorkFolder();
        var port = LoopbackPort.Free();
        using var bot = BotProcess.Start(
            work.Path, [.. work.Settings(BotProcess.ShippedContent), $"--Http:Urls=http://127.0.0.1:{port}", "--Http:TrustedProxies:0=10.0.0.0/33"]);

        Assert.NotEqual(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Http:TrustedProxies: \"10.0.0.0/33\" is neither an IP address nor a network", bot.Output + bot.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Ai:Endpoint=127.0.0.1:11434/v1", "Ai:Endpoint")]
    [InlineData("--Ai:MaxConcurrentRequests=0", "MaxConcurrentRequests")]
    [InlineData("--Knowledge:MaxQuestionLength=5", "MaxQuestionLength")]
    [InlineData("--Bot:Admins:0=alice", "Bot:Admins:0")]
    public async Task AMalformedSettingStopsStartUpNamingIt(string setting, string named)
    {
        using var work = new WorkFolder();
        var port = LoopbackPort.Free();
        using var bot = BotProcess.Start(work.Path, [.. work.Settings(BotProcess.ShippedContent), $"--Http:Urls=http://127.0.0.1:{port}", setting]);

        Assert.NotEqual(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains(named, bot.Output + bot.Errors, StringComparison.Ordinal);
    }
}
