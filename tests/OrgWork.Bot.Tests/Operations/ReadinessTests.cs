using System.Net;
using System.Net.Http.Json;
using Npgsql;
using OrgWork.Bot.Tests.Support;
using OrgWork.Bot.Tests.Web.Support;

namespace OrgWork.Bot.Tests.Operations;

/// <summary>
/// Readiness follows the database while the service runs: the service starts against a working database (start-up
/// applies migrations, so it cannot start without one), then the database is taken away — a PostgreSQL server that
/// stops answering (its connections cut through a forwarder the test closes), an SQLite data folder that disappears
/// and comes back. Liveness answers throughout.
/// </summary>
public class ReadinessTests
{
    [Fact]
    public async Task ReadinessFailsWhileTheSqliteDataFolderIsMissingAndComesBackWithIt()
    {
        using var work = new WorkFolder();
        await using var host = await InProcessWebHost.StartAsync(BotProcess.ShippedContent, $"Data Source={work.Database}");
        using var http = new HttpClient { BaseAddress = host.Address };
        await HealthAnswer.WaitAsync(http, "/health/ready", a => a.StatusCode == HttpStatusCode.OK);
        var data = Path.GetDirectoryName(work.Database)!;

        Directory.Move(data, data + "-away");
        var notReady = await HealthAnswer.GetAsync(http, "/health/ready");
        using var healthz = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var live = await HealthAnswer.GetAsync(http, "/health/live");
        Directory.Move(data + "-away", data);
        var readyAgain = await HealthAnswer.GetAsync(http, "/health/ready");

        AssertNotReady(notReady, live);
        await AssertHealthzUnavailableWithCountsAsync(healthz);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
        Assert.Equal("Healthy", readyAgain.CheckStatus("database"));
    }

    [SkippableFact]
    public async Task ReadinessFailsWhenPostgresStopsAnsweringWhileLivenessStillAnswers()
    {
        var (connectionString, drop) = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            var server = new NpgsqlConnectionStringBuilder(connectionString);
            await using var forwarder = new TcpForwarder(server.Host!, server.Port);
            var throughForwarder = new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = forwarder.Port, Timeout = 3 }.ConnectionString;
            await using (var host = await InProcessWebHost.StartAsync(BotProcess.ShippedContent, throughForwarder, "--Storage:Provider=Postgres"))
            {
                using var http = new HttpClient { BaseAddress = host.Address };
                await HealthAnswer.WaitAsync(http, "/health/ready", a => a.StatusCode == HttpStatusCode.OK);

                await forwarder.CloseAsync(); // the server stops: connections cut, new ones refused
                var notReady = await HealthAnswer.WaitAsync(http, "/health/ready", a => a.StatusCode != HttpStatusCode.OK);
                using var healthz = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                var live = await HealthAnswer.GetAsync(http, "/health/live");

                AssertNotReady(notReady, live);
                await AssertHealthzUnavailableWithCountsAsync(healthz);
            }
        }
        finally
        {
            await drop();
        }
    }

    private static void AssertNotReady(HealthAnswer notReady, HealthAnswer live)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal("Unhealthy", notReady.Status);
        Assert.Equal("Unhealthy", notReady.CheckStatus("database"));
        Assert.Equal("Healthy", notReady.CheckStatus("content"));
        Assert.DoesNotContain("Exception", notReady.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static async Task AssertHealthzUnavailableWithCountsAsync(HttpResponseMessage healthz)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthz.StatusCode);
        var body = (await healthz.Content.ReadFromJsonAsync<HealthBody>())!;
        Assert.Equal("unavailable", body.Status);
        Assert.Equal(2, body.Courses);
    }
}
