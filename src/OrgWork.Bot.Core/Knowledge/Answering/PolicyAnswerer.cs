using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Diagnostics;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// Answers a policy question: the search plugin finds the passages (through the kernel); below the threshold the
/// answer is 「文件中未找到相关规定」 with the closest titles; with a model the answer is written from the passages and
/// must cite them, else (or when the model fails or cites nothing) the extractive answer is given. Cited documents that
/// are superseded are pointed out.
/// </summary>
public sealed class PolicyAnswerer(
    PolicyKernelFactory kernels,
    GeneratedAnswerWriter writer,
    ExtractiveComposer extractive,
    IOptions<AiOptions> options,
    OrgWorkMetrics metrics,
    TimeProvider time,
    ILogger<PolicyAnswerer> logger)
{
    private readonly Lazy<Kernel> _kernel = new(kernels.Create);

    public async Task<PolicyAnswer> AnswerAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var answer = await AnswerCoreAsync(question, history, cancellationToken);
        metrics.PolicyQuestionAnswered(answer.Kind != AnswerKind.NotFound, time.GetElapsedTime(started));
        return answer;
    }

    private async Task<PolicyAnswer> AnswerCoreAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        var searched = FollowUpResolver.Resolve(question, history);
        var kernel = _kernel.Value;
        var result = await kernel.InvokeAsync<PolicySearchResult>(
            PolicySearchPlugin.PluginName, PolicySearchPlugin.SearchFunction, new KernelArguments { ["question"] = searched }, cancellationToken)
            ?? new PolicySearchResult([], []);
        if (!result.Found)
        {
            return new PolicyAnswer(AnswerKind.NotFound, NotFoundText(result.ClosestTitles), []) { SearchedQuestion = searched };
        }

        var (kind, text) = (AnswerKind.Extractive, "");
        if (options.Value.HasChat)
        {
            var generated = await TryGenerateAsync(kernel, question, searched, result.Passages, history, cancellationToken);
            if (generated is not null)
            {
                if (CitationText.Numbers(generated).Count == 0 && generated.Contains(AnswerPrompt.NotFoundPhrase, StringComparison.Ordinal))
                {
                    return new PolicyAnswer(AnswerKind.NotFound, NotFoundText(result.ClosestTitles), []) { SearchedQuestion = searched };
                }

                (kind, text) = (AnswerKind.Generated, generated);
            }
        }

        if (kind == AnswerKind.Extractive)
        {
            text = extractive.Compose(question, searched, result.Passages);
        }

        var sources = Cited(text, result.Passages);
        return new PolicyAnswer(kind, text, sources) { SearchedQuestion = searched, Notes = SupersededNotes(sources) };
    }

    private async Task<string?> TryGenerateAsync(
        Kernel kernel, string question, string searched, IReadOnlyList<RetrievedPassage> passages, IReadOnlyList<ConversationTurn> history,
        CancellationToken cancellationToken)
    {
        try
        {
            // The model sees the question as asked (with the conversation) and the passages found for the completed one.
            var reply = await writer.WriteAsync(kernel, AnswerPrompt.Build(question, passages, history), cancellationToken);
            var checkedReply = CitationText.DropUnknown(reply, passages.Count).Trim();
            if (CitationText.Numbers(checkedReply).Count > 0 || checkedReply.Contains(AnswerPrompt.NotFoundPhrase, StringComparison.Ordinal))
            {
                return checkedReply;
            }

            logger.LogWarning("The model answered {Question} without citing a passage; answering extractively", searched);
        }
        catch (Exception ex) when (IsServiceFailure(ex, cancellationToken))
        {
            logger.LogWarning(ex, "The model at {Endpoint} failed ({Reason}); answering {Question} extractively", options.Value.Endpoint, ex.GetType().Name, searched);
        }

        return null;
    }

    private static bool IsServiceFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpOperationException or ClientResultException or HttpRequestException or JsonException or KernelException
            or InvalidOperationException or FormatException or ArgumentException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static List<PolicySource> Cited(string text, IReadOnlyList<RetrievedPassage> passages)
    {
        var numbers = CitationText.Numbers(text).ToHashSet();
        return passages.Where(p => numbers.Contains(p.Number))
            .Select(p => new PolicySource(p.Number, p.Chunk.Id, p.Chunk.Title, p.Chunk.Section, p.Chunk.Text)
            {
                SupersededBy = p.SupersededBy,
            })
            .ToList();
    }

    private static List<string> SupersededNotes(IReadOnlyList<PolicySource> sources) =>
        [.. sources.Where(s => s.SupersededBy is not null)
            .GroupBy(s => s.Title, StringComparer.Ordinal)
            .Select(g => UiText.Format(UiText.PolicySuperseded, g.Key, g.First().SupersededBy))];

    private static string NotFoundText(IReadOnlyList<string> closest) =>
        closest.Count == 0
            ? UiText.PolicyNotFound
            : UiText.PolicyNotFound + "\n" + UiText.Format(UiText.PolicyClosest, string.Join("、", closest.Select(t => $"《{t}》")));
}
