using System.Globalization;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>
/// <c>/remind on|off</c>: the daily study reminder; without an argument, whether it is on and when. Reminders go out
/// only on channels that can message people unprompted (Telegram), so the reply says which, and warns a member
/// asking from the web or the terminal, or a service with no such channel.
/// </summary>
public sealed class RemindCommand(IOptions<JobsOptions> options, IEnumerable<IBroadcastChannel> channels) : ICommandHandler
{
    public string Name => "remind";

    public string Description => UiText.CommandRemind;

    public bool IsPrivateFlow => true;

    public Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var at = options.Value.DailyReminderTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        var argument = arguments.Trim().ToLowerInvariant();
        var reply = argument switch
        {
            "on" or "开" or "开启" => TurnOn(context, at),
            "off" or "关" or "关闭" => TurnOff(context),
            "" => ReplyFactory.Format(context.Learner.RemindOptIn ? UiText.RemindStatusOn : UiText.RemindStatusOff, at),
            _ => ReplyFactory.Plain(UiText.RemindUsage),
        };
        var saysItIsOn = context.Learner.RemindOptIn && argument is "on" or "开" or "开启" or "";
        return Task.FromResult(ConversationResult.Of(saysItIsOn ? reply with { Text = WithChannel(reply.Text, context.Input.Channel) } : reply));
    }

    private RichText WithChannel(RichText text, string asking)
    {
        var names = channels.Select(c => c.Channel).Distinct(StringComparer.Ordinal).ToList();
        var note = names.Count == 0 ? UiText.RemindNoChannel
            : names.Contains(asking, StringComparer.Ordinal) ? UiText.Format(UiText.RemindVia, UiText.ChannelName(asking))
            : UiText.Format(UiText.RemindViaElsewhere, string.Join("、", names.Select(UiText.ChannelName)));
        return new Rendering.RichTextBuilder().Text(text.Plain).Text("\n" + note).Build();
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
