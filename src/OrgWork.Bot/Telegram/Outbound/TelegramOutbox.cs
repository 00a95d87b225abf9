using System.Globalization;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>Journals a Telegram input's replies in the engine's transaction (see <see cref="IReplyOutbox"/>).</summary>
public sealed class TelegramOutbox(IOptions<TelegramOptions> options) : IReplyOutbox
{
    public string Channel => TelegramChannel.Name;

    public void Stage(ChatInput input, ConversationResult result, OrgWorkDbContext db, DateTime utcNow)
    {
        foreach (var batch in ReplyPlanner.Plan(input, result))
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                DeliveryId = input.DeliveryId!,
                ChatId = batch.ChatId.ToString(CultureInfo.InvariantCulture),
                Channel = Channel,
                Payload = OutboxPayload.Serialize(batch.Operations),
                CreatedAt = utcNow,

                // This instance sends it now; others leave it to this one for the lease.
                ClaimedUntil = utcNow + options.Value.OutboxLease,
            });
        }
    }
}
