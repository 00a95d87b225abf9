using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Diagnostics;
using OrgWork.Bot.Core.Knowledge.Faq;
using OrgWork.Bot.Core.Knowledge.Synonyms;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// Answers a policy question: the search plugin finds the passages (called directly, so retrieval never depends on the
/// model's kernel); below the threshold the answer is 「文件中未找到相关规定」 with the closest titles; with a model the
/// answer is written from the passages and must cite them, else the extractive answer is given — with a short note
/// when the model was busy, over the member's budget, or unavailable. Remote calls (the question's embedding, the
/// model) run only with a slot from <see cref="ModelAdmission"/>. Cited documents that are superseded are pointed out.
/// This is slow work: callers run it outside any transaction or write gate.
/// </summary>
public sealed class PolicyAnswerer(
    PolicySearchPlugin search,
    PolicyKernelFactory kernels,
    GeneratedAnswerWriter writer,
    ExtractiveComposer extractive,
    ModelAdmission admission,
    QuestionSubjects subjects,
    FaqMatcher faqs,
    CatalogueStore catalogue,
    IOptions<AiOptions> options,
    IOptions<KnowledgeOptions> knowledge,
    OrgWorkMetrics metrics,
    TimeProvider time,
    ILogger<PolicyAnswerer> logger)
{
    /// <param name="memberId">Whose question it is (their model budget); null for the <c>ask</c> verb.</param>
    /// <param name="partial">Hears the model's answer as it streams (a preview; the returned answer is what counts).</param>
    public async Task<PolicyAnswer> AnswerAsync(
        string question, IReadOnlyList<ConversationTurn> history, long? memberId, CancellationToken cancellationToken,
        IProgress<string>? partial = null)
    {
        var started = time.GetTimestamp();
        var answer = await AnswerCoreAsync(question, history, memberId, partial, cancellationToken);
        metrics.PolicyQuestionAnswered(answer.Kind != AnswerKind.NotFound, time.GetElapsedTime(started));
        return answer;
    }

    private async Task<PolicyAnswer> AnswerCoreAsync(
        string question, IReadOnlyList<ConversationTurn> history, long? memberId, IProgress<string>? partial, CancellationToken cancellationToken)
    {
        List<string> notes = [];
        var limit = knowledge.Value.MaxQuestionLength;
        question = question.Trim();
        if (question.Length > limit)
        {
            question = question[..limit];
            notes.Add(UiText.Format(UiText.PolicyQuestionShortened, limit));
        }

        var searched = FollowUpResolver.Resolve(question, history, subjects.Of);
        if (faqs.Match(searched) is { } curated)
        {
            var snapshot = await search.SnapshotAsync(cancellationToken);
            var faqSources = FaqSources.Resolve(curated.Entry.Sources, snapshot);
            return new PolicyAnswer(AnswerKind.Curated, curated.Entry.Answer, faqSources) { SearchedQuestion = searched, Notes = notes };
        }

        var synonyms = catalogue.Current.Synonyms;
        // Without an endpoint there is no remote call to admit (embeddings need the endpoint too).
        using var slot = options.Value.HasChat ? await admission.EnterAsync(memberId, cancellationToken) : null;
        var found = await search.FindAsync(searched, withEmbeddings: slot?.IsGranted == true, cancellationToken);
        if (!found.Found)
        {
            return new PolicyAnswer(AnswerKind.NotFound, NotFoundText(found.ClosestTitles), []) { SearchedQuestion = searched, Notes = notes };
        }

        // Only passages that name the question's subjects may answer it: 乡镇干部's pay is no answer about 村干部.
        var required = subjects.Of(searched);
        var result = found with { Passages = Naming(found.Passages, required, synonyms) };
        if (!result.Found)
        {
            var missing = required.Where(s => !found.Passages.Any(p => Names(p, s, synonyms))).ToList();
            var why = UiText.Format(UiText.PolicySubjectNotNamed, string.Join("、", missing.Count > 0 ? missing : required));
            return new PolicyAnswer(AnswerKind.NotFound, NotFoundText(found.ClosestTitles, why), []) { SearchedQuestion = searched, Notes = notes };
        }

        var (kind, text) = (AnswerKind.Extractive, "");
        if (options.Value.HasChat)
        {
            if (slot is { IsGranted: false })
            {
                notes.Add(slot.Refusal == ModelRefusal.MemberBudget ? UiText.PolicyModelBudget : UiText.PolicyModelBusy);
            }
            else if (await TryGenerateAsync(question, searched, result.Passages, history, partial, cancellationToken) is not { Failed: false } generation)
            {
                notes.Add(UiText.PolicyModelUnavailable);
            }
            else if (generation.Text is { } generated)
            {
                if (CitationText.Numbers(generated).Count == 0 && generated.Contains(AnswerPrompt.NotFoundPhrase, StringComparison.Ordinal))
                {
                    return new PolicyAnswer(AnswerKind.NotFound, NotFoundText(result.ClosestTitles), []) { SearchedQuestion = searched, Notes = notes };
                }

                (kind, text) = (AnswerKind.Generated, generated);
            }
        }

        if (kind == AnswerKind.Extractive)
        {
            text = extractive.Compose(WithDocumentWords(question, synonyms), WithDocumentWords(searched, synonyms), result.Passages);
        }

        var sources = Cited(text, result.Passages);
        return new PolicyAnswer(kind, text, sources) { SearchedQuestion = searched, Notes = [.. notes, .. SupersededNotes(sources)] };
    }

    /// <summary>
    /// The model's answer; no text when it cited nothing; <c>Failed</c> when the model failed, timed out or could not
    /// be set up.
    /// </summary>
    private async Task<(string? Text, bool Failed)> TryGenerateAsync(
        string question, string searched, IReadOnlyList<RetrievedPassage> passages, IReadOnlyList<ConversationTurn> history,
        IProgress<string>? partial, CancellationToken cancellationToken)
    {
        try
        {
            // The model sees the question as asked (with the conversation) and the passages found for the completed one.
            var reply = await writer.WriteAsync(kernels.Get(), AnswerPrompt.Build(question, passages, history), partial, cancellationToken);
            var checkedReply = CitationText.DropUnknown(reply, passages.Count).Trim();
            if (checkedReply.Length == 0)
            {
                logger.LogWarning("The model at {Endpoint} gave an empty answer to {Question}; answering extractively", options.Value.Endpoint, searched);
                return (null, true);
            }

            if (CitationText.Numbers(checkedReply).Count > 0 || checkedReply.Contains(AnswerPrompt.NotFoundPhrase, StringComparison.Ordinal))
            {
                return (checkedReply, false);
            }

            logger.LogWarning("The model answered {Question} without citing a passage; answering extractively", searched);
            return (null, false);
        }
        catch (Exception ex) when (IsServiceFailure(ex, cancellationToken))
        {
            logger.LogWarning(ex, "The model at {Endpoint} failed ({Reason}); answering {Question} extractively", options.Value.Endpoint, ex.GetType().Name, searched);
            return (null, true);
        }
    }

    private static bool IsServiceFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpOperationException or ClientResultException or HttpRequestException or JsonException or KernelException
            or InvalidOperationException or FormatException or ArgumentException or UriFormatException or NotSupportedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static List<PolicySource> Cited(string text, IReadOnlyList<RetrievedPassage> passages)
    {
        var numbers = CitationText.Numbers(text).ToHashSet();
        return passages.Where(p => numbers.Contains(p.Number))
            .Select(p => new PolicySource(p.Number, p.Chunk.Id, p.Chunk.Title, p.Chunk.Section, p.Chunk.Text)
            {
                SupersededBy = p.SupersededBy,
                DocumentNumber = p.Chunk.Metadata.Number,
                Effective = p.Chunk.Metadata.Effective,
            })
            .ToList();
    }

    private static List<string> SupersededNotes(IReadOnlyList<PolicySource> sources) =>
        [.. sources.Where(s => s.SupersededBy is not null)
            .GroupBy(s => s.Title, StringComparer.Ordinal)
            .Select(g => UiText.Format(UiText.PolicySuperseded, g.Key, g.First().SupersededBy))];

    private static List<RetrievedPassage> Naming(IReadOnlyList<RetrievedPassage> passages, IReadOnlyList<string> required, SynonymTable synonyms) =>
        [.. passages.Where(p => required.All(s => Names(p, s, synonyms))).Select((p, i) => p with { Number = i + 1 })];

    /// <summary>Whether the passage names the subject in any of its forms (年轻干部 is named by 青年干部).</summary>
    private static bool Names(RetrievedPassage passage, string subject, SynonymTable synonyms) =>
        synonyms.Forms(subject).Any(form => QuestionSubjects.IsNamedIn(passage.Chunk, form));

    /// <summary>The text and, when the synonym list reads it differently, the same in the documents' words.</summary>
    private static string WithDocumentWords(string text, SynonymTable synonyms) =>
        synonyms.ToDocumentWords(text) is var inDocumentWords && inDocumentWords != text ? text + " " + inDocumentWords : text;

    private static string NotFoundText(IReadOnlyList<string> closest, string? why = null)
    {
        var text = why is null ? UiText.PolicyNotFound : UiText.PolicyNotFound + "\n" + why;
        return closest.Count == 0 ? text : text + "\n" + UiText.Format(UiText.PolicyClosest, string.Join("、", closest.Select(t => $"《{t}》")));
    }
}
