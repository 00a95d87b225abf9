using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>The real bot with the knowledge fixture's policies indexed.</summary>
internal static class KnowledgeBot
{
    public static async Task<TestBot> StartAsync(
        StorageProvider storage, IDictionary<string, string?>? settings = null, Action<TempContent>? arrange = null, Action<IServiceCollection>? configure = null)
    {
        var bot = await TestBot.StartAsync(
            storage,
            content =>
            {
                var policies = Path.Combine(content.Root, "policies");
                Directory.Delete(policies, recursive: true);
                var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "knowledge", "policies");
                foreach (var file in Directory.EnumerateFiles(fixture))
                {
                    content.Write(Path.Combine("policies", Path.GetFileName(file)), File.ReadAllText(file));
                }

                arrange?.Invoke(content);
            },
            settings,
            configure);
        await bot.Services.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);
        return bot;
    }

    public static Task<PolicyAnswer> AskAsync(this TestBot bot, string question, params ConversationTurn[] history) =>
        bot.Services.GetRequiredService<PolicyAnswerer>().AnswerAsync(question, history, memberId: null, CancellationToken.None);
}
