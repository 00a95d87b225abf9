using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Exams;

/// <summary>开始考试 under an exam in the <c>/exam</c> list.</summary>
public sealed class ExamStartButton(ExamSession session) : IButtonHandler
{
    public string Action => ExamActions.Start;

    public Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken) =>
        context.Catalogue.FindExamById(payload.Argument(0) ?? "") is { } exam
            ? session.StartAsync(context, exam, cancellationToken)
            : Task.FromResult(ConversationResult.Notice(UiText.StaleButton));
}

/// <summary>An option pressed on a single-choice or true/false exam question.</summary>
public sealed class ExamAnswerButton(ExamSession session) : IButtonHandler
{
    public string Action => ExamActions.Answer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var (lookup, question) = await session.LoadQuestionAsync(context, payload, cancellationToken);
        if (lookup.Refusal is { } refusal)
        {
            return refusal;
        }

        var optionId = payload.Argument(2);
        if (question!.Kind == QuestionKind.MultipleChoice || question.Options.All(o => o.Id != optionId))
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        return await session.AnswerAsync(context, lookup.Sitting!, lookup.Attempt!, question, new HashSet<string> { optionId! }, cancellationToken);
    }
}

/// <summary>An option ticked or unticked on a multiple-choice exam question.</summary>
public sealed class ExamToggleButton(ExamSession session) : IButtonHandler
{
    public string Action => ExamActions.Toggle;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var (lookup, question) = await session.LoadQuestionAsync(context, payload, cancellationToken);
        if (lookup.Refusal is { } refusal)
        {
            return refusal;
        }

        var optionId = payload.Argument(2);
        if (question!.Kind != QuestionKind.MultipleChoice || question.Options.All(o => o.Id != optionId))
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        var attempt = lookup.Attempt!;
        var selected = attempt.PendingSelection.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (!selected.Remove(optionId!))
        {
            selected.Add(optionId!);
        }

        attempt.PendingSelection = string.Join(',', selected.Order(StringComparer.Ordinal));
        return ConversationResult.Of(ExamView.Question(attempt, lookup.Sitting!, question, context.UtcNow) with { ReplacesSource = true });
    }
}

/// <summary>提交 on a multiple-choice exam question: the ticked options are the answer.</summary>
public sealed class ExamSubmitChoiceButton(ExamSession session) : IButtonHandler
{
    public string Action => ExamActions.SubmitChoice;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var (lookup, question) = await session.LoadQuestionAsync(context, payload, cancellationToken);
        if (lookup.Refusal is { } refusal)
        {
            return refusal;
        }

        var chosen = lookup.Attempt!.PendingSelection.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return chosen.Count == 0
            ? ConversationResult.Notice(UiText.QuizChooseFirst)
            : await session.AnswerAsync(context, lookup.Sitting!, lookup.Attempt!, question!, chosen, cancellationToken);
    }
}

/// <summary>交卷 under a question: asks to confirm, saying how many questions are answered.</summary>
public sealed class ExamAskHandInButton(ExamSession session) : IButtonHandler
{
    public string Action => ExamActions.AskHandIn;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var lookup = await session.LoadAsync(context, payload, cancellationToken);
        return lookup.Refusal ?? ConversationResult.Of(ExamView.ConfirmHandIn(lookup.Sitting!, lookup.Attempt!.CurrentIndex) with { ReplacesSource = true });
    }
}

/// <summary>确认交卷: ends the sitting and gives the result.</summary>
public sealed class ExamHandInButton(ExamSession session) : IButtonHandler
{
    public string Action => ExamActions.HandIn;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var lookup = await session.LoadAsync(context, payload, cancellationToken);
        return lookup.Refusal ?? await session.HandInAsync(context, lookup.Sitting!, cancellationToken);
    }
}

/// <summary>继续考试: the running sitting's current question again, with the time left (after a lost connection too).</summary>
public sealed class ExamResumeButton(ExamSession session) : IButtonHandler
{
    public string Action => ExamActions.Resume;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var lookup = await session.LoadAsync(context, payload, cancellationToken);
        return lookup.Refusal ?? await session.ShowAsync(context, lookup.Sitting!, [], cancellationToken);
    }
}
