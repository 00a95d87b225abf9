using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation.ChatWords;

namespace OrgWork.Bot.Core.Conversation;

/// <summary>Sends an input to the handler that owns it: a command, a button action, plain text or a file.</summary>
public sealed class InputRouter(
    IEnumerable<ICommandHandler> commands,
    IEnumerable<IButtonHandler> buttons,
    IEnumerable<ITextHandler> textHandlers,
    IEnumerable<IFileHandler> fileHandlers,
    ILogger<InputRouter> logger)
{
    private readonly Dictionary<string, ICommandHandler> _commands = commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IButtonHandler> _buttons = buttons.ToDictionary(b => b.Action, StringComparer.Ordinal);
    private readonly List<ITextHandler> _textHandlers = textHandlers.OrderBy(t => t.Order).ToList();
    private readonly IFileHandler? _fileHandler = fileHandlers.LastOrDefault();

    public Task<ConversationResult> RouteAsync(ConversationContext context, CancellationToken cancellationToken) =>
        context.Input.Kind switch
        {
            InputKind.Button => RouteButtonAsync(context, cancellationToken),
            InputKind.File when context.Input.File is { } file && _fileHandler is not null => _fileHandler.HandleAsync(context, file, cancellationToken),
            InputKind.File => Task.FromResult(ConversationResult.Of(ReplyFactory.Plain(UiText.UnknownInput))),
            _ => RouteTextAsync(context, cancellationToken),
        };

    private Task<ConversationResult> RouteButtonAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        if (ButtonPayload.TryParse(context.Input.ButtonData, out var payload))
        {
            if (payload.Action == CommandButtons.Action && payload.Argument(0) is { } command)
            {
                return RunCommandAsync(context, command, "", cancellationToken);
            }

            if (_buttons.TryGetValue(payload.Action, out var handler))
            {
                return handler.HandleAsync(context, payload, cancellationToken);
            }
        }

        logger.LogInformation("Stale or unknown button data {Data} from user {UserId}", context.Input.ButtonData, context.Input.UserId);
        return Task.FromResult(ConversationResult.Notice(UiText.StaleButton));
    }

    private async Task<ConversationResult> RouteTextAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var text = context.Input.Text.Trim();
        if (CommandLine.TryParse(text, out var name, out var arguments))
        {
            return await RunCommandAsync(context, name, arguments, cancellationToken);
        }

        // 「课程」, 「每日答题」 typed on their own are those commands (in a group they are just chatter).
        if (context.Input.IsPrivateChat && CommandWords.TryMatch(text, out var command) && _commands.ContainsKey(command))
        {
            return await RunCommandAsync(context, command, "", cancellationToken);
        }

        foreach (var handler in _textHandlers)
        {
            if (await handler.TryHandleAsync(context, cancellationToken) is { } result)
            {
                return result;
            }
        }

        return ConversationResult.Of(ReplyFactory.Plain(UiText.UnknownInput));
    }

    private async Task<ConversationResult> RunCommandAsync(ConversationContext context, string name, string arguments, CancellationToken cancellationToken)
    {
        var result = await RunCommandCheckedAsync(context, name, arguments, cancellationToken);
        return !context.Input.IsPrivateChat && _commands.TryGetValue(name, out var command) && command.IsPrivateFlow
            ? result.Map(r => r with { Replies = r.Replies.Select(reply => reply with { IsPrivate = true }).ToList() })
            : result;
    }

    private Task<ConversationResult> RunCommandCheckedAsync(ConversationContext context, string name, string arguments, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(name, out var command))
        {
            return Task.FromResult(ConversationResult.Of(ReplyFactory.Format(UiText.UnknownCommand, "/" + name)));
        }

        if (context.Role < command.RequiredRole)
        {
            logger.LogWarning("User {UserId} ({Role}) was refused /{Command}", context.Input.UserId, context.Role, name);
            return Task.FromResult(ConversationResult.Of(ReplyFactory.Format(UiText.NotAllowed, "/" + name, UiText.RoleName(command.RequiredRole))));
        }

        return command.HandleAsync(context, arguments, cancellationToken);
    }
}
