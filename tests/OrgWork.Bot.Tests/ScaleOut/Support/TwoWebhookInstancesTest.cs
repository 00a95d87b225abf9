using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.ScaleOut.Support;

/// <summary>
/// Two real service instances in webhook mode on one fresh PostgreSQL database and one fake Bot API, as behind
/// a load balancer. Without a PostgreSQL server nothing starts and each test reports itself as skipped.
/// </summary>
public abstract class TwoWebhookInstancesTest : IAsyncLifetime
{
    protected const string Secret = "scale-out_secret";
    private TestDatabase? _database;

    private protected TestFolder Folder { get; } = new();

    private protected FakeBotApi Api { get; private set; } = null!;

    private protected RunningBot First { get; private set; } = null!;

    private protected RunningBot Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            return;
        }

        Arrange();
        _database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        Api = await FakeBotApi.StartAsync();
        string[] settings =
        [
            "--Storage:Provider=Postgres",
            $"--ConnectionStrings:OrgWork={_database.ConnectionString}",
            "--Telegram:WebhookUrl=https://bot.example.org/telegram/webhook",
            $"--Telegram:WebhookSecret={Secret}",
            .. Settings,
        ];
        var started = await Task.WhenAll(RunningBot.StartAsync(Api, Folder, settings), RunningBot.StartAsync(Api, Folder, settings));
        (First, Second) = (started[0], started[1]);
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Api.DisposeAsync();
        await _database.DisposeAsync();
        Folder.Delete();
    }

    /// <summary>Posts <paramref name="update"/> to <paramref name="instance"/>'s webhook, as Telegram does.</summary>
    private protected static async Task<HttpStatusCode> PostAsync(RunningBot instance, JsonObject update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(instance.Address, "/telegram/webhook"))
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>More settings for both instances.</summary>
    private protected virtual string[] Settings => [];

    /// <summary>Prepares the content folder before the instances start.</summary>
    private protected virtual void Arrange()
    {
    }
}
