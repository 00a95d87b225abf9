using System.Diagnostics.Metrics;

namespace OrgWork.Bot.Core.Diagnostics;

/// <summary>
/// The service's own measurements, on the <see cref="MeterName"/> meter; the host exports them (Prometheus
/// at <c>GET /metrics</c>). Names follow OpenTelemetry's conventions; Prometheus shows them with underscores
/// and unit suffixes, e.g. <c>orgwork_update_reply_duration_seconds</c>.
/// </summary>
public sealed class OrgWorkMetrics
{
    public const string MeterName = "OrgWork.Bot";

    // Latency buckets for chat round trips: tens of milliseconds up to a minute.
    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Counter<long> _updates;
    private readonly Histogram<double> _replyDuration;
    private readonly Counter<long> _telegramErrors;
    private readonly Counter<long> _quizAnswers;
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _reloads;
    private readonly Counter<long> _validationErrors;

    public OrgWorkMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _updates = meter.CreateCounter<long>("orgwork.updates.handled", "{update}", "Inputs handled by the conversation engine, by channel and outcome (applied, duplicate)");
        _replyDuration = meter.CreateHistogram<double>(
            "orgwork.update.reply.duration", "s", "From receiving an update to its replies being sent, by channel",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _telegramErrors = meter.CreateCounter<long>("orgwork.telegram.api.errors", "{error}", "Failed Bot API calls (each attempt), by error code");
        _quizAnswers = meter.CreateCounter<long>("orgwork.quiz.answers", "{answer}", "Quiz answers scored, by quiz kind and correctness");
        _questions = meter.CreateCounter<long>("orgwork.qa.questions", "{question}", "Policy questions answered, by outcome (answered, not_found)");
        _answerDuration = meter.CreateHistogram<double>(
            "orgwork.qa.duration", "s", "Time to answer a policy question",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _reloads = meter.CreateCounter<long>("orgwork.content.reloads", "{reload}", "Content reloads, by result (ok, with_errors)");
        _validationErrors = meter.CreateCounter<long>("orgwork.content.validation.errors", "{error}", "Content validation errors found by reloads");
    }

    public void UpdateHandled(string channel, bool duplicate) =>
        _updates.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", duplicate ? "duplicate" : "applied"));

    public void ReplySent(string channel, TimeSpan sinceReceived) =>
        _replyDuration.Record(sinceReceived.TotalSeconds, new KeyValuePair<string, object?>("channel", channel));

    /// <summary><paramref name="code"/>: the Bot API's error code (429, 403, 502…), or <c>network</c>.</summary>
    public void TelegramApiError(string code) => _telegramErrors.Add(1, new KeyValuePair<string, object?>("code", code));

    public void QuizAnswered(string kind, bool correct) =>
        _quizAnswers.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("correct", correct ? "true" : "false"));

    public void PolicyQuestionAnswered(bool found, TimeSpan duration)
    {
        _questions.Add(1, new KeyValuePair<string, object?>("outcome", found ? "answered" : "not_found"));
        _answerDuration.Record(duration.TotalSeconds);
    }

    public void ContentReloaded(int errors)
    {
        _reloads.Add(1, new KeyValuePair<string, object?>("result", errors == 0 ? "ok" : "with_errors"));
        if (errors > 0)
        {
            _validationErrors.Add(errors);
        }
    }
}
