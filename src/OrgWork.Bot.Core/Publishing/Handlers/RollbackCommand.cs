using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary>
/// <c>/rollback LESSON VERSION</c>: previews restoring a recorded version and asks 确认 / 取消; the restore, once
/// confirmed, is itself a new version.
/// </summary>
public sealed class RollbackCommand(RollbackPreview preview) : ICommandHandler
{
    public string Name => "rollback";

    public string Description => UiText.CommandRollback;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var split = arguments.Trim().LastIndexOf(' ');
        if (split < 0 || ParseNumber(arguments.Trim()[(split + 1)..]) is not { } number)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.RollbackUsage));
        }

        var target = arguments.Trim()[..split];
        var path = ContentTargetResolver.Resolve(context.Catalogue, target);
        return path is null
            ? ConversationResult.Of(ReplyFactory.Format(UiText.VersionsUnknown, target.Trim()))
            : await preview.PreviewAsync(context, path, number, cancellationToken);
    }

    /// <summary><c>3</c>, <c>v3</c> or <c>第3版</c>.</summary>
    private static int? ParseNumber(string text)
    {
        text = text.Trim().TrimStart('v', 'V', '第').TrimEnd('版');
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
    }
}
