using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Quizzes;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Exams;

/// <summary>How an exam looks in chat: one question at a time with the time left, never whether an answer was right.</summary>
public static class ExamView
{
    public static Reply Question(QuizAttempt attempt, ExamSitting sitting, Question question, DateTime utcNow)
    {
        var options = QuizShuffle.Options(question, attempt.Id);
        var selected = attempt.PendingSelection.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var text = new RichTextBuilder()
            .Bold(UiText.Format(UiText.ExamQuestionHeader, attempt.CurrentIndex + 1, sitting.QuestionCount))
            .Text(UiText.QuizKind(question.Kind))
            .Text("　" + UiText.Format(UiText.ExamTimeLeft, TimeLeft(sitting, utcNow)))
            .Text("\n\n" + question.Text);
        if (question.Kind != QuestionKind.TrueFalse)
        {
            text.Text("\n");
            foreach (var (option, index) in options.Select((o, i) => (o, i)))
            {
                text.Text($"\n{QuestionView.Letter(index)}. {option.Text}");
            }
        }

        var handIn = new Button(UiText.ExamHandIn, ExamActions.ToAskHandIn(sitting.Id));
        if (question.Kind == QuestionKind.MultipleChoice)
        {
            text.Text("\n\n" + UiText.QuizMultipleHint);
            var toggles = options.Select((o, i) => new Button(
                (selected.Contains(o.Id) ? "☑ " : "☐ ") + QuestionView.Letter(i),
                ExamActions.ToToggle(sitting.Id, attempt.CurrentIndex, o.Id))).ToList();
            return new Reply
            {
                Text = text.Build(),
                Buttons = [toggles, [new Button(UiText.QuizSubmit, ExamActions.ToSubmitChoice(sitting.Id, attempt.CurrentIndex))], [handIn]],
            };
        }

        var buttons = options.Select((o, i) => new Button(
            question.Kind == QuestionKind.TrueFalse ? o.Text : QuestionView.Letter(i),
            ExamActions.ToAnswer(sitting.Id, attempt.CurrentIndex, o.Id))).ToList();
        return new Reply { Text = text.Build(), Buttons = [buttons, [handIn]] };
    }

    public static Reply AllAnswered(ExamSitting sitting, DateTime utcNow) => new()
    {
        Text = new RichTextBuilder()
            .Text(UiText.Format(UiText.ExamAllAnswered, sitting.QuestionCount))
            .Text("\n" + UiText.Format(UiText.ExamTimeLeft, TimeLeft(sitting, utcNow)))
            .Build(),
        Buttons = [[new Button(UiText.ExamHandIn, ExamActions.ToHandIn(sitting.Id))]],
    };

    public static Reply ConfirmHandIn(ExamSitting sitting, int answered) => new()
    {
        Text = new RichTextBuilder().Text(UiText.Format(UiText.ExamHandInConfirm, answered, sitting.QuestionCount)).Build(),
        Buttons = [[new Button(UiText.ExamHandInYes, ExamActions.ToHandIn(sitting.Id)), new Button(UiText.ExamContinue, ExamActions.ToResume(sitting.Id))]],
    };

    public static Reply Result(ExamSitting sitting, Exam? exam, int attemptsLeft, string? certificateSerial)
    {
        var text = new RichTextBuilder().Bold(UiText.Format(UiText.ExamResultTitle, sitting.ExamTitle));
        if (sitting.Ending == ExamEnding.TimedOut)
        {
            text.Text("\n" + UiText.ExamTimedOut);
        }

        text.Text("\n" + UiText.Format(
            UiText.ExamResultScore,
            sitting.Score ?? 0,
            sitting.Passed == true ? UiText.ExamPassed : UiText.ExamFailed,
            sitting.CorrectCount,
            sitting.QuestionCount,
            sitting.PassPercent));
        if (certificateSerial is not null)
        {
            text.Text("\n" + UiText.Format(UiText.ExamCertificateIssued, Certificates.CertificateSerial.Display(certificateSerial)));
        }

        if (exam is not null && sitting.Passed != true && attemptsLeft > 0)
        {
            text.Text("\n" + UiText.Format(UiText.ExamAttemptsLeft, attemptsLeft));
        }

        if (exam is not null)
        {
            text.Text("\n" + UiText.Format(UiText.ExamAnswersLater, ContentTime.Format(exam.Closes)));
        }

        IReadOnlyList<Button> row = certificateSerial is null
            ? [new Button(UiText.CommandExam, CommandButtons.For("exam"))]
            : [Certificates.CertificateButton.Labelled(certificateSerial, sitting.ExamTitle), new Button(UiText.CommandExam, CommandButtons.For("exam"))];
        return new Reply { Text = text.Build(), Buttons = [row] };
    }

    /// <summary>The time left as 「12 分 5 秒」, never negative.</summary>
    public static string TimeLeft(ExamSitting sitting, DateTime utcNow)
    {
        var left = sitting.DeadlineAt - utcNow;
        if (left < TimeSpan.Zero)
        {
            left = TimeSpan.Zero;
        }

        var seconds = (int)Math.Ceiling(left.TotalSeconds);
        return seconds >= 60
            ? UiText.Format(UiText.ExamMinutesSeconds, seconds / 60, seconds % 60)
            : UiText.Format(UiText.ExamSeconds, seconds);
    }
}
