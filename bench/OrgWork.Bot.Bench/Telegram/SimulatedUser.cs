using OrgWork.Bot.FakeTelegram;

namespace OrgWork.Bot.Bench.Telegram;

/// <summary>
/// One member using the bot in a closed loop: /start, /courses, open the course, read the lesson page by
/// page (each press an edit), and again. Sends the next input as soon as the previous one is answered.
/// </summary>
internal sealed class SimulatedUser(long id)
{
    private int _step;
    private int _messageId;
    private int _awaiting;

    public long Id => id;

    public long SentAt { get; private set; }

    /// <summary>True for the first reply to the input in flight; later messages for it are not waited for.</summary>
    public bool TryTakeReply() => Interlocked.Exchange(ref _awaiting, 0) == 1;

    /// <summary>Sends the next input at <paramref name="now"/>.</summary>
    public void SendNext(FakeBotApi api, IUpdateSink sink, ApiCall? reply, long now)
    {
        SentAt = now;
        Volatile.Write(ref _awaiting, 1);
        if (reply is not null && (reply.CreatedMessageId ?? reply.MessageId) is { } messageId)
        {
            _messageId = messageId;
        }

        var next = reply?.Buttons.FirstOrDefault(b => b.Text.Contains("党章", StringComparison.Ordinal) || b.Text.Contains("下一页", StringComparison.Ordinal)).Data;
        switch (_step++)
        {
            case 0:
                sink.Deliver(api.Updates.Text(id, "/start"));
                break;
            case 1:
                sink.Deliver(api.Updates.Text(id, "/courses"));
                break;
            default:
                if (next is { Length: > 0 })
                {
                    sink.Deliver(api.Updates.Button(id, id, _messageId, next));
                }
                else
                {
                    _step = 1;
                    sink.Deliver(api.Updates.Text(id, "/courses"));
                }

                break;
        }
    }
}
