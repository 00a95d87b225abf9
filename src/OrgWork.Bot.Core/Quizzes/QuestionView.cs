using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>Renders a question with lettered options and its answer buttons, and the feedback after answering.</summary>
public sealed class QuestionView
{
    public Reply Question(QuizAttempt attempt, Question question)
    {
        var options = QuizShuffle.Options(question, attempt.Id);
        var selected = attempt.PendingSelection.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var text = Header(attempt, question);
        if (question.Kind != QuestionKind.TrueFalse)
        {
            text.Text("\n");
            foreach (var (option, index) in options.Select((o, i) => (o, i)))
            {
                text.Text($"\n{Letter(index)}. {option.Text}");
            }
        }

        if (question.Kind == QuestionKind.MultipleChoice)
        {
            text.Text("\n\n" + UiText.QuizMultipleHint);
            var toggles = options.Select((o, i) => new Button(
                (selected.Contains(o.Id) ? "☑ " : "☐ ") + Letter(i),
                QuizActions.ToToggle(attempt.Id, attempt.CurrentIndex, o.Id))).ToList();
            return new Reply { Text = text.Build(), Buttons = [toggles, [new Button(UiText.QuizSubmit, QuizActions.ToSubmit(attempt.Id, attempt.CurrentIndex))]] };
        }

        var buttons = options.Select((o, i) => new Button(
            question.Kind == QuestionKind.TrueFalse ? o.Text : Letter(i),
            QuizActions.ToAnswer(attempt.Id, attempt.CurrentIndex, o.Id))).ToList();
        return new Reply { Text = text.Build(), Buttons = [buttons] };
    }

    public Reply Feedback(QuizAttempt attempt, Question question, IReadOnlySet<string> chosen, bool correct)
    {
        var options = QuizShuffle.Options(question, attempt.Id);
        var text = Header(attempt, question);
        text.Text("\n\n").Text(correct ? UiText.QuizRight : UiText.QuizWrong);
        text.Text("\n" + UiText.QuizCorrectAnswer).Bold(Describe(options, o => o.IsCorrect, question.Kind));
        if (!correct)
        {
            text.Text("\n" + UiText.QuizYourAnswer + Describe(options, o => chosen.Contains(o.Id), question.Kind));
        }

        if (!string.IsNullOrWhiteSpace(question.Explanation))
        {
            text.Text("\n\n").Bold(UiText.QuizExplanation).Text(question.Explanation);
        }

        return new Reply { Text = text.Build(), ReplacesSource = true };
    }

    public static string Letter(int index) => ((char)('A' + index)).ToString();

    private static RichTextBuilder Header(QuizAttempt attempt, Question question) =>
        new RichTextBuilder()
            .Bold(UiText.Format(UiText.QuizQuestionHeader, attempt.CurrentIndex + 1, attempt.Questions.Count))
            .Text(UiText.QuizKind(question.Kind))
            .Text("\n\n" + question.Text);

    private static string Describe(IReadOnlyList<QuestionOption> options, Func<QuestionOption, bool> pick, QuestionKind kind) =>
        string.Join("；", options.Select((o, i) => (o, i)).Where(x => pick(x.o)).Select(x => kind == QuestionKind.TrueFalse ? x.o.Text : $"{Letter(x.i)}. {x.o.Text}"));
}
