using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// The retry policies of every Bot API call: 429 waits exactly <c>retry_after</c>; 5xx and network errors
/// back off exponentially with jitter. Sending gives up after <see cref="TelegramOptions.SendRetries"/>
/// (the outbox keeps what was not sent); receiving and start-up never give up.
/// </summary>
public sealed class TelegramResilience
{
    public TelegramResilience(IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramResilience> logger)
    {
        var settings = options.Value;
        Sending = Build(settings.SendRetries, settings.RetryBaseDelay, time, logger);
        Receiving = Build(int.MaxValue, settings.RetryBaseDelay, time, logger, retryAnyFailure: true);
    }

    /// <summary>For calls that show something to a user.</summary>
    public ResiliencePipeline Sending { get; }

    /// <summary>For <c>getUpdates</c> and start-up calls: retried until the service stops.</summary>
    public ResiliencePipeline Receiving { get; }

    private static ResiliencePipeline Build(int attempts, TimeSpan baseDelay, TimeProvider time, ILogger logger, bool retryAnyFailure = false) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex
                    && ex is not OperationCanceledException { CancellationToken.IsCancellationRequested: true }
                    && (retryAnyFailure || BotApiErrors.IsTransient(ex))),
                MaxRetryAttempts = attempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                DelayGenerator = args => ValueTask.FromResult(BotApiErrors.RetryAfter(args.Outcome.Exception)),
                OnRetry = args =>
                {
                    logger.LogWarning(
                        args.Outcome.Exception,
                        "Bot API call failed (attempt {Attempt}); retrying in {Delay}",
                        args.AttemptNumber + 1,
                        args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
