using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Diagnostics;
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
    public TelegramResilience(IOptions<TelegramOptions> options, OrgWorkMetrics metrics, TimeProvider time, ILogger<TelegramResilience> logger)
    {
        var settings = options.Value;
        Sending = Build(settings.SendRetries, settings.RetryBaseDelay, metrics, time, logger);
        Receiving = Build(int.MaxValue, settings.RetryBaseDelay, metrics, time, logger, retryAnyFailure: true);
    }

    /// <summary>For calls that show something to a user.</summary>
    public ResiliencePipeline Sending { get; }

    /// <summary>For <c>getUpdates</c> and start-up calls: retried until the service stops.</summary>
    public ResiliencePipeline Receiving { get; }

    private static ResiliencePipeline Build(
        int attempts, TimeSpan baseDelay, OrgWorkMetrics metrics, TimeProvider time, ILogger logger, bool retryAnyFailure = false) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                // Called once for every attempt's outcome, so each failed call is counted once.
                ShouldHandle = args =>
                {
                    if (args.Outcome.Exception is not { } ex || ex is OperationCanceledException { CancellationToken.IsCancellationRequested: true })
                    {
                        return ValueTask.FromResult(false);
                    }

                    metrics.TelegramApiError(BotApiErrors.Code(ex));
                    return ValueTask.FromResult(retryAnyFailure || BotApiErrors.IsTransient(ex));
                },
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
