using System.Diagnostics.Metrics;
using OrgWork.Bot.Core.Storage;

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

    /// <summary>
    /// Reports zero for every series whose labels are known in advance, so they are in the first scrape:
    /// Prometheus' rate() and alerts on "no answers found" need a starting point. (Histograms and error codes
    /// appear with their first measurement.)
    /// </summary>
    public void ReportBaseline(IEnumerable<string> channels)
    {
        foreach (var channel in channels)
        {
            UpdatesHandled(channel, duplicate: false, 0);
            UpdatesHandled(channel, duplicate: true, 0);
        }

        foreach (var kind in Enum.GetValues<QuizKind>())
        {
            QuizAnswers(kind, correct: true, 0);
            QuizAnswers(kind, correct: false, 0);
        }

        PolicyQuestions(found: true, 0);
        PolicyQuestions(found: false, 0);
        Reloads(withErrors: false, 0);
        Reloads(withErrors: true, 0);
        _validationErrors.Add(0);
    }

    public void UpdateHandled(string channel, bool duplicate) => UpdatesHandled(channel, duplicate, 1);

    public void ReplySent(string channel, TimeSpan sinceReceived) =>
        _replyDuration.Record(sinceReceived.TotalSeconds, new KeyValuePair<string, object?>("channel", channel));

    /// <summary><paramref name="code"/>: the Bot API's error code (429, 403, 502…), or <c>network</c>.</summary>
    public void TelegramApiError(string code) => _telegramErrors.Add(1, new KeyValuePair<string, object?>("code", code));

    public void QuizAnswered(QuizKind kind, bool correct) => QuizAnswers(kind, correct, 1);

    public void PolicyQuestionAnswered(bool found, TimeSpan duration)
    {
        PolicyQuestions(found, 1);
        _answerDuration.Record(duration.TotalSeconds);
    }

    public void ContentReloaded(int errors)
    {
        Reloads(withErrors: errors > 0, 1);
        if (errors > 0)
        {
            _validationErrors.Add(errors);
        }
    }

    private void UpdatesHandled(string channel, bool duplicate, long count) =>
        _updates.Add(count, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", duplicate ? "duplicate" : "applied"));

    private void QuizAnswers(QuizKind kind, bool correct, long count) =>
        _quizAnswers.Add(
            count,
            new KeyValuePair<string, object?>("kind", kind.ToString().ToLowerInvariant()),
            new KeyValuePair<string, object?>("correct", correct ? "true" : "false"));

    private void PolicyQuestions(bool found, long count) =>
        _questions.Add(count, new KeyValuePair<string, object?>("outcome", found ? "answered" : "not_found"));

    private void Reloads(bool withErrors, long count) =>
        _reloads.Add(count, new KeyValuePair<string, object?>("result", withErrors ? "with_errors" : "ok"));
}
