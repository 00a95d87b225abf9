using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Conversation;

/// <summary>Inputs of one person arriving at two instances at once: both are answered, on one consistent record.</summary>
public abstract class ConcurrentInputTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task ANewPersonsFirstTwoInputsOnTwoInstancesAreBothAnswered()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await using var other = await bot.StartAnotherInstanceAsync();
        const long newcomer = 424242;

        var results = await Task.WhenAll(
            bot.Engine.HandleAsync(ChatInput.FromText("test", "chat-a", newcomer, "/start", "新学员") with { DeliveryId = "d-1" }, CancellationToken.None),
            other.GetRequiredService<IConversationEngine>().HandleAsync(
                ChatInput.FromText("test", "chat-a", newcomer, "/courses", "新学员") with { DeliveryId = "d-2" }, CancellationToken.None));

        Assert.All(results, r => Assert.NotEqual(UiText.AlreadyApplied, r.Toast));
        Assert.Contains("欢迎", string.Concat(results[0].Replies.Select(r => r.Text.Plain)), StringComparison.Ordinal);
        Assert.NotEmpty(results[1].Replies.SelectMany(r => r.Buttons));
        Assert.Equal(1, await bot.QueryAsync(db => db.Learners.CountAsync(l => l.Id == newcomer)));
        Assert.Equal(2, await bot.QueryAsync(db => db.ProcessedUpdates.CountAsync()));
    }
}

public sealed class ConcurrentInputTestsOnSqlite() : ConcurrentInputTests(StorageProvider.Sqlite);

public sealed class ConcurrentInputTestsOnPostgres() : ConcurrentInputTests(StorageProvider.Postgres);
