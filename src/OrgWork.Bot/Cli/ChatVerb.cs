using System.CommandLine;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Terminal;

namespace OrgWork.Bot.Cli;

/// <summary><c>chat [--user ID] [--name NAME]</c>: the conversation engine on stdin/stdout.</summary>
public static class ChatVerb
{
    public static Command Create()
    {
        var user = new Option<long>("--user") { Description = "The user id to chat as (a Telegram user id to act as that user)", DefaultValueFactory = _ => 1 };
        var name = new Option<string?>("--name") { Description = "The display name to use" };
        var command = new Command("chat", "Chat with the bot in the terminal (reads lines from stdin)") { user, name };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), result.GetValue(user), result.GetValue(name), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, long userId, string? name, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await host.Services.GetRequiredService<CatalogueStore>().ReloadAsync(cancellationToken);
        await host.Services.GetRequiredService<PolicyIndex>().RefreshAsync(cancellationToken);
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var channel = new TerminalChannel(host.Services.GetRequiredService<IConversationEngine>(), Console.In, Console.Out);
        await channel.RunAsync(userId, name, cancellationToken);
        return 0;
    }
}
