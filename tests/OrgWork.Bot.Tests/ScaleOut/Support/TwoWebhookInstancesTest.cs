using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
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

    /// <summary>More settings for both instances.</summary>
    private protected virtual string[] Settings => [];

    /// <summary>Prepares the content folder before the instances start.</summary>
    private protected virtual void Arrange()
    {
    }
}
