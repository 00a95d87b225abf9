using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Tests.Support;

/// <summary>
/// The real engine with its real services, on a database of its own (SQLite file or PostgreSQL) and a temporary content folder,
/// driven through the same channel-neutral API as every channel.
/// </summary>
public sealed class TestBot : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TestDatabase _database;

    private readonly IConfiguration _configuration;

    private TestBot(ServiceProvider services, TestDatabase database, IConfiguration configuration, TempContent content, ManualClock clock)
    {
        _services = services;
        _database = database;
        _configuration = configuration;
        Content = content;
        Clock = clock;
    }

    public TempContent Content { get; }

    public IConversationEngine Engine => _services.GetRequiredService<IConversationEngine>();

    public IServiceProvider Services => _services;

    public string Channel { get; init; } = "test";

    public ManualClock Clock { get; }

    /// <summary>Starts a bot on a new database of the given kind (PostgreSQL tests are skipped without a server).</summary>
    public static async Task<TestBot> StartAsync(
        StorageProvider storage, Action<TempContent>? arrange = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(storage);
        var content = new TempContent();
        arrange?.Invoke(content);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Root"] = content.Root })
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var clock = ManualClock.MondayMorning();
        var provider = await StartInstanceAsync(configuration, clock, configure);
        return new TestBot(provider, database, configuration, content, clock);
    }

    /// <summary>
    /// Another instance of the service on the same database, content and clock (as a second host behind a
    /// load balancer): its own services, caches and write gate. The caller disposes it.
    /// </summary>
    public Task<ServiceProvider> StartAnotherInstanceAsync(Action<IServiceCollection>? configure = null) =>
        StartInstanceAsync(_configuration, Clock, configure);

    private static async Task<ServiceProvider> StartInstanceAsync(IConfiguration configuration, ManualClock clock, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging();
        services.AddOrgWorkCore(configuration);
        services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await provider.GetRequiredService<CatalogueStore>().ReloadAsync(CancellationToken.None);
        return provider;
    }

    public Task<ConversationResult> SendAsync(string text, long userId = 1001, string? deliveryId = null) =>
        Engine.HandleAsync(ChatInput.FromText(Channel, $"chat-{userId}", userId, text, "测试学员") with { DeliveryId = deliveryId }, CancellationToken.None);

    public Task<ConversationResult> PressAsync(string data, long userId = 1001, string? deliveryId = null) =>
        Engine.HandleAsync(ChatInput.FromButton(Channel, $"chat-{userId}", userId, data, "测试学员") with { DeliveryId = deliveryId }, CancellationToken.None);

    /// <summary>Presses the button whose label contains <paramref name="label"/> in the last reply of <paramref name="result"/>.</summary>
    public Task<ConversationResult> PressAsync(ConversationResult result, string label, long userId = 1001) =>
        PressAsync(FindButton(result, label).Data, userId);

    public static Button FindButton(ConversationResult result, string label) =>
        result.Replies.SelectMany(r => r.Buttons).SelectMany(row => row).FirstOrDefault(b => b.Label.Contains(label, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No button '{label}' in: {string.Join(", ", result.Replies.SelectMany(r => r.Buttons).SelectMany(row => row).Select(b => b.Label))}");

    public async Task<T> QueryAsync<T>(Func<OrgWorkDbContext, Task<T>> query)
    {
        var factory = _services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<OrgWorkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Content.Dispose();
    }
}
