using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// Reminders and announcements within Telegram's limits: about 30 messages a second overall and one a
/// second per chat, shared by every broadcast running. Recipients are served concurrently, so a chat that
/// waits (its own limit, a 429, a slow connection) holds up only itself.
/// </summary>
public sealed class TelegramBroadcaster : IBroadcastChannel, IDisposable
{
    private const int Concurrency = 16;

    private readonly TelegramSender _sender;
    private readonly ILogger<TelegramBroadcaster> _logger;
    private readonly TokenBucketRateLimiter _overall;
    private readonly PartitionedRateLimiter<long> _perChat;

    public TelegramBroadcaster(TelegramSender sender, IOptions<TelegramOptions> options, ILogger<TelegramBroadcaster> logger)
    {
        _sender = sender;
        _logger = logger;
        var settings = options.Value;

        // Refilled ten times a second, so the overall rate is smooth instead of a burst each second.
        var perTick = Math.Max(1, settings.BroadcastPerSecond / 10);
        _overall = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perTick,
            TokensPerPeriod = perTick,
            ReplenishmentPeriod = TimeSpan.FromSeconds(perTick / (double)settings.BroadcastPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _perChat = PartitionedRateLimiter.Create<long, long>(chat => RateLimitPartition.GetTokenBucketLimiter(chat, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / settings.BroadcastPerChatPerSecond),
            QueueLimit = 1000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
    }

    public string Channel => TelegramChannel.Name;

    public async Task<BroadcastReport> BroadcastAsync(IReadOnlyCollection<long> userIds, Reply reply, CancellationToken cancellationToken)
    {
        var outcomes = await SendEachAsync(userIds, reply, cancellationToken);
        return Report(userIds.Count, outcomes);
    }

    public async Task<IReadOnlySet<long>> DeliverEachAsync(IReadOnlyCollection<long> userIds, Reply reply, CancellationToken cancellationToken)
    {
        var outcomes = await SendEachAsync(userIds, reply, cancellationToken);
        Report(userIds.Count, outcomes);
        return outcomes.Where(o => o.Value == SendOutcome.Delivered).Select(o => o.Key).ToHashSet();
    }

    private async Task<IReadOnlyDictionary<long, SendOutcome>> SendEachAsync(IReadOnlyCollection<long> userIds, Reply reply, CancellationToken cancellationToken)
    {
        var operations = ReplyPlanner.ForReply(reply);
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<long, SendOutcome>();
        await Parallel.ForEachAsync(
            userIds,
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (chatId, ct) => outcomes[chatId] = (await SendPacedAsync(chatId, operations, ct)).Outcome);
        return outcomes;
    }

    private BroadcastReport Report(int count, IReadOnlyDictionary<long, SendOutcome> outcomes)
    {
        var delivered = outcomes.Values.Count(o => o == SendOutcome.Delivered);
        var blocked = outcomes.Values.Count(o => o == SendOutcome.Blocked);
        var failed = count - delivered - blocked;
        _logger.LogInformation("Broadcast to {Count} people: {Delivered} delivered, {Blocked} blocked the bot, {Failed} failed", count, delivered, blocked, failed);
        return new BroadcastReport(delivered, blocked, failed);
    }

    private async Task<SendReport> SendPacedAsync(long chatId, IReadOnlyList<OutboundOperation> operations, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var operation in operations)
        {
            using var chatPermit = await _perChat.AcquireAsync(chatId, 1, cancellationToken);
            using var overallPermit = await _overall.AcquireAsync(1, cancellationToken);
            if (!chatPermit.IsAcquired || !overallPermit.IsAcquired)
            {
                return new SendReport(SendOutcome.Failed, sent);
            }

            var report = await _sender.SendAsync(chatId, [operation], cancellationToken);
            if (report.Outcome != SendOutcome.Delivered)
            {
                return report with { Sent = sent };
            }

            sent++;
        }

        return new SendReport(SendOutcome.Delivered, sent);
    }

    public void Dispose()
    {
        _overall.Dispose();
        _perChat.Dispose();
    }
}
