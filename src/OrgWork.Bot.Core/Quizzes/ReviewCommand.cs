using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary><c>/review</c> (错题本): the missed questions that are due, as a quiz.</summary>
public sealed class ReviewCommand(QuizSession session, ReviewBook book, LearningClock clock, IOptions<LearningOptions> options) : ICommandHandler
{
    public string Name => "review";

    public bool IsPrivateFlow => true;

    public string Description => UiText.CommandReview;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var due = await book.DueAsync(context.Db, context.Learner.Id, context.UtcNow, options.Value.ReviewBatchSize, cancellationToken);
        var questions = due.Select(d => context.Catalogue.FindQuestion(d.QuestionId)).OfType<Content.Question>().ToList();
        if (questions.Count > 0)
        {
            return await session.StartAsync(context, QuizKind.Review, "review:" + session.TodayKey(context.UtcNow), questions, cancellationToken);
        }

        var open = await book.OpenCountAsync(context.Db, context.Learner.Id, cancellationToken);
        if (open == 0)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.ReviewEmpty));
        }

        var next = await book.NextDueAsync(context.Db, context.Learner.Id, cancellationToken);
        return ConversationResult.Of(ReplyFactory.Format(UiText.ReviewNothingDue, open, clock.LocalDate(next!.Value).ToString("M月d日", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
