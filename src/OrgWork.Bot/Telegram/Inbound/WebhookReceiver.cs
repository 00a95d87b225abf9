using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>
/// Takes webhook deliveries: checks the secret, then hands the update to the chat's queue and waits only
/// for its commit (milliseconds), not for the replies, so Telegram gets its 200 quickly and a failure
/// leaves the update for Telegram to deliver again.
/// </summary>
public sealed class WebhookReceiver(UpdateDispatcher inbound, IOptions<TelegramOptions> options)
{
    public bool IsEnabled => options.Value.UsesWebhook;

    public bool IsAuthentic(string? secretHeader)
    {
        var expected = Encoding.UTF8.GetBytes(options.Value.WebhookSecret);
        var given = Encoding.UTF8.GetBytes(secretHeader ?? "");
        return expected.Length > 0 && CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public async Task AcceptAsync(Update update, CancellationToken cancellationToken)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await inbound.EnqueueAsync(
            update,
            failure =>
            {
                if (failure is null)
                {
                    committed.TrySetResult();
                }
                else
                {
                    committed.TrySetException(failure);
                }
            },
            cancellationToken);
        await committed.Task.WaitAsync(cancellationToken);
    }
}
