using System.Threading.Channels;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// Shows an answer growing in one chat while a model writes it: the first text is sent as a message and later texts
/// edit it, at most one call per interval (counted from the end of one call to the start of the next), always with the
/// latest text, so a fast model costs no more calls than a slow one. <see cref="FinishAsync"/> stops it and waits out
/// the interval, so the final answer (which edits the same message) keeps the pace too. The writer is never blocked.
/// </summary>
public sealed class StreamingMessage
{
    private const int MaxPreviewLength = 4000;
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TelegramSender _sender;
    private readonly long _chatId;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly Task _loop;
    private string _latest = "";
    private int? _messageId;
    private long _lastCallEnded;
    private volatile bool _finished;

    public StreamingMessage(TelegramSender sender, long chatId, TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        (_sender, _chatId, _interval, _time) = (sender, chatId, interval, time);
        _loop = RunAsync(cancellationToken);
    }

    /// <summary>The answer so far; shown at the next turn of the pace.</summary>
    public void Update(string textSoFar)
    {
        Volatile.Write(ref _latest, Preview(textSoFar));
        _changed.Writer.TryWrite(true);
    }

    /// <summary>Stops updating; returns the preview message to replace with the final answer, or null if none was sent.</summary>
    public async Task<int?> FinishAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        _changed.Writer.TryComplete();
        await _loop;
        if (_messageId is null)
        {
            return null;
        }

        var wait = _interval - _time.GetElapsedTime(_lastCallEnded);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }

        return _messageId;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // Off the writer's thread: Update only records the text.
        await Task.Yield();
        try
        {
            while (await _changed.Reader.WaitToReadAsync(cancellationToken) && !_finished)
            {
                _changed.Reader.TryRead(out _);
                var text = Volatile.Read(ref _latest);
                if (_messageId is { } messageId)
                {
                    await _sender.EditPreviewAsync(_chatId, messageId, text, cancellationToken);
                }
                else if (await _sender.SendPreviewAsync(_chatId, text, cancellationToken) is { } sent)
                {
                    _messageId = sent;
                }

                _lastCallEnded = _time.GetTimestamp();
                await Task.Delay(_interval, _time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The service is stopping.
        }
    }

    private static string Preview(string text)
    {
        var shown = text.Length <= MaxPreviewLength ? text : text[..MaxPreviewLength] + "…";
        return shown + "\n\n" + UiText.PolicyWriting;
    }
}
