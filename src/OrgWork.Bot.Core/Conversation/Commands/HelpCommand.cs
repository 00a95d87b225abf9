using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Conversation.Commands;

/// <summary><c>/help [topic]</c>: the listed commands; topics (e.g. 积分) come from <see cref="IHelpTopic"/>s.</summary>
public sealed class HelpCommand(IServiceProvider services, IEnumerable<IHelpTopic> topics) : ICommandHandler
{
    public string Name => "help";

    public string Description => UiText.CommandHelp;

    public Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var topic = topics.FirstOrDefault(t => t.Matches(arguments.Trim()));
        if (topic is not null)
        {
            return Task.FromResult(ConversationResult.Of(new Reply { Text = topic.Render() }));
        }

        // Resolved lazily: the command list includes this command itself.
        var commands = services.GetServices<ICommandHandler>().Where(c => c.IsListed && context.Role >= c.RequiredRole);
        var text = new RichTextBuilder().Bold(UiText.HelpTitle).Text("\n\n");
        foreach (var command in commands)
        {
            text.Text($"/{command.Name} — {command.Description}\n");
        }

        text.Text("\n" + UiText.HelpFooter);
        return Task.FromResult(ConversationResult.Of(new Reply { Text = text.Build() }));
    }
}
