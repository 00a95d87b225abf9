using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary><c>/stats COURSE</c> (trainers): per question, how learners did, flagging what most of them miss.</summary>
public sealed class StatsCommand(ItemAnalysis analysis) : ICommandHandler
{
    public string Name => "stats";

    public string Description => UiText.CommandStats;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var name = arguments.Trim();
        var course = name.Length > 0 ? context.Catalogue.FindCourseByName(name) : null;
        var exam = course is null && name.Length > 0 ? context.Catalogue.Exams.FirstOrDefault(e => e.Slug == name || e.Title == name) : null;
        if (course is null && exam is null)
        {
            var usage = new RichTextBuilder().Text(UiText.StatsUsage);
            foreach (var (c, i) in context.Catalogue.Courses.Select((c, i) => (c, i + 1)))
            {
                usage.Text($"\n{i}. {c.Title}（{c.Slug}）");
            }

            foreach (var e in context.Catalogue.Exams)
            {
                usage.Text($"\n• {UiText.CommandExam}：{e.Title}（{e.Slug}）");
            }

            return ConversationResult.Of(new Reply { Text = usage.Build() });
        }

        var stats = course is not null
            ? await analysis.AnalyseAsync(context.Db, context.Catalogue, course, cancellationToken)
            : await analysis.AnalyseAsync(context.Db, context.Catalogue, exam!, cancellationToken);
        var text = new RichTextBuilder().Bold(UiText.Format(UiText.StatsTitle, course?.Title ?? exam!.Title));
        foreach (var (s, i) in stats.Select((s, i) => (s, i + 1)))
        {
            text.Text("\n\n");
            if (s.IsFlagged)
            {
                text.Text(UiText.StatsFlag);
            }

            text.Bold($"{i}. {s.Text}").Text($"（{s.Lesson}）\n");
            if (s.Attempts == 0)
            {
                text.Text(UiText.StatsNoAnswers);
                continue;
            }

            text.Text(UiText.Format(UiText.StatsLine, s.Attempts, ReportFormatter.Percent(s.CorrectRate)));
            if (s.MostChosenWrongOption is { } wrong)
            {
                text.Text("\n" + UiText.Format(UiText.StatsWrongOption, wrong, s.MostChosenWrongCount));
            }

            text.Text("\n" + (s.Discrimination is { } d
                ? UiText.Format(UiText.StatsDiscrimination, d.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture))
                : UiText.StatsDiscriminationUnknown));
        }

        if (stats.Count == 0)
        {
            text.Text("\n\n" + UiText.StatsNoQuestions);
        }

        return ConversationResult.Of(new Reply { Text = text.Build() });
    }
}
