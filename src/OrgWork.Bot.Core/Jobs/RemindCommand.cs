using System.Globalization;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Jobs;

/// <summary><c>/remind on|off</c>: the daily study reminder; without an argument, whether it is on and when.</summary>
public sealed class RemindCommand(IOptions<JobsOptions> options) : ICommandHandler
{
    public string Name => "remind";

    public string Description => UiText.CommandRemind;

    public bool IsPrivateFlow => true;

    public Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var at = options.Value.DailyReminderTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        var reply = arguments.Trim().ToLowerInvariant() switch
        {
            "on" or "开" or "开启" => TurnOn(context, at),
            "off" or "关" or "关闭" => TurnOff(context),
            "" => ReplyFactory.Format(context.Learner.RemindOptIn ? UiText.RemindStatusOn : UiText.RemindStatusOff, at),
            _ => ReplyFactory.Plain(UiText.RemindUsage),
        };
        return Task.FromResult(ConversationResult.Of(reply));
    }

    private static Reply TurnOn(ConversationContext context, string at)
    {
        context.Learner.RemindOptIn = true;
        return ReplyFactory.Format(UiText.RemindTurnedOn, at);
    }

    private static Reply TurnOff(ConversationContext context)
    {
        context.Learner.RemindOptIn = false;
        return ReplyFactory.Plain(UiText.RemindTurnedOff);
    }
}
