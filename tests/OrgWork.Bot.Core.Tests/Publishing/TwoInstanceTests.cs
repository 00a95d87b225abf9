using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using static OrgWork.Bot.Core.Tests.Publishing.Uploads;

namespace OrgWork.Bot.Core.Tests.Publishing;

/// <summary>
/// Two bot processes on one database file and one content folder (e.g. the service and a terminal chat,
/// or two instances): each has its own in-process write gate, so only the database can settle a race.
/// </summary>
public abstract class TwoInstanceTests(StorageProvider storage) : IAsyncLifetime, IDisposable
{
    private readonly TempContent _content = new();
    private TestDatabase? _database;
    private ServiceProvider _first = null!;
    private ServiceProvider _second = null!;

    public async Task InitializeAsync()
    {
        if (storage == StorageProvider.Postgres && PostgresTestServer.ConnectionString is null)
        {
            return; // each test skips itself
        }

        _database = await TestDatabase.CreateAsync(storage);
        _first = await StartInstanceAsync();
        _second = await StartInstanceAsync();
        var engine = _first.GetRequiredService<IConversationEngine>();
        foreach (var id in new[] { Trainer, OtherTrainer })
        {
            await engine.HandleAsync(ChatInput.FromText("test", $"chat-{id}", id, "/start", NameOf(id)), CancellationToken.None);
            await engine.HandleAsync(ChatInput.FromText("test", $"chat-{Admin}", Admin, $"/grant {id} trainer", NameOf(Admin)), CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _database.DisposeAsync();
    }

    public void Dispose()
    {
        _content.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task TrainersOnTwoInstancesPublishingTheSameLessonAtOnceGetOneWinner()
    {
        SkipWithoutDatabase();
        var first = await UploadAsync(_first, Trainer, "王讲师的版本");
        var second = await UploadAsync(_second, OtherTrainer, "李讲师的版本");

        var results = await Task.WhenAll(
            PublishAsync(_first, Trainer, first),
            PublishAsync(_second, OtherTrainer, second));

        var texts = results.Select(AllText).ToList();
        Assert.Single(texts, t => t.Contains("✅ 已发布", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("⚠️ 未发布", StringComparison.Ordinal));
        await using var db = await _first.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync();
        var upload = await db.ContentVersions.SingleAsync(v => v.Source == VersionSource.Upload);
        var onDisk = File.ReadAllText(Path.Combine(_content.Root, "courses/alpha/01-first.md"));
        Assert.Contains(upload.AuthorName + "的版本", onDisk, StringComparison.Ordinal);
    }

    private static async Task<ConversationResult> UploadAsync(ServiceProvider instance, long userId, string title)
    {
        var content = System.Text.Encoding.UTF8.GetBytes(Lesson(title));
        var input = new ChatInput
        {
            Channel = "test",
            ChatId = $"chat-{userId}",
            UserId = userId,
            DisplayName = NameOf(userId),
            Kind = InputKind.File,
            File = new InputFile("01-first.md", content.Length, _ => Task.FromResult<Stream>(new MemoryStream(content))),
        };
        return await instance.GetRequiredService<IConversationEngine>().HandleAsync(input, CancellationToken.None);
    }

    private static Task<ConversationResult> PublishAsync(ServiceProvider instance, long userId, ConversationResult staged) =>
        instance.GetRequiredService<IConversationEngine>().HandleAsync(
            ChatInput.FromButton("test", $"chat-{userId}", userId, TestBot.FindButton(staged, "发布").Data, NameOf(userId)), CancellationToken.None);

    private async Task<ServiceProvider> StartInstanceAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Content:Root"] = _content.Root,
                ["Bot:Admins:0"] = Admin.ToString(CultureInfo.InvariantCulture),
            })
            .AddInMemoryCollection(_database!.Settings)
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddOrgWorkCore(configuration);
        services.AddSingleton<TimeProvider>(ManualClock.MondayMorning());
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await provider.GetRequiredService<CatalogueStore>().ReloadAsync(CancellationToken.None);
        return provider;
    }

    private void SkipWithoutDatabase() => Skip.If(_database is null, $"PostgreSQL tests need a server: set {PostgresTestServer.VariableName}.");
}

public sealed class TwoInstanceTestsOnSqlite() : TwoInstanceTests(StorageProvider.Sqlite);

public sealed class TwoInstanceTestsOnPostgres() : TwoInstanceTests(StorageProvider.Postgres);
