using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Classes;

/// <summary>评价第 N 讲: the 1–5 star buttons, for a member who attended the session once it has ended.</summary>
public sealed class AskRatingButton : IButtonHandler
{
    public const int MaxStars = 5;

    public string Action => ClassActions.AskRating;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (ClassPayload.Class(context, payload) is not { } trainingClass || ClassPayload.Session(trainingClass, payload) is not { } session)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        if (await SessionRatings.RefusalAsync(context, trainingClass, session, cancellationToken) is { } refusal)
        {
            return ConversationResult.Notice(refusal);
        }

        var id = ContentIds.ForClass(trainingClass.Slug);
        var stars = Enumerable.Range(1, MaxStars)
            .Select(n => new Button(UiText.Format(UiText.RateStars, n), ClassActions.ToRate(id, session.Number, n)))
            .ToList();
        return ConversationResult.Of(ReplyFactory.Format(UiText.RateAsk, trainingClass.Title, session.Number, session.Title) with { Buttons = [stars], IsPrivate = true });
    }
}

/// <summary>A star button: records (or changes) the member's rating of the session.</summary>
public sealed class RateButton : IButtonHandler
{
    public string Action => ClassActions.Rate;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (ClassPayload.Class(context, payload) is not { } trainingClass
            || ClassPayload.Session(trainingClass, payload) is not { } session
            || payload.NumberArgument(2) is not { } stars || stars is < 1 or > AskRatingButton.MaxStars)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        if (await SessionRatings.RefusalAsync(context, trainingClass, session, cancellationToken) is { } refusal)
        {
            return ConversationResult.Notice(refusal);
        }

        var rating = await context.Db.SessionRatings.FirstOrDefaultAsync(
            r => r.ClassSlug == trainingClass.Slug && r.SessionNumber == session.Number && r.LearnerId == context.Learner.Id, cancellationToken);
        string text;
        if (rating is null)
        {
            context.Db.SessionRatings.Add(new SessionRating
            {
                ClassSlug = trainingClass.Slug,
                SessionNumber = session.Number,
                LearnerId = context.Learner.Id,
                Stars = stars,
                RatedAt = context.UtcNow,
            });
            text = UiText.Format(UiText.RateThanks, session.Number, stars);
        }
        else
        {
            text = UiText.Format(UiText.RateAlready, session.Number, rating.Stars, stars);
            rating.Stars = stars;
            rating.RatedAt = context.UtcNow;
        }

        return ConversationResult.Of(ReplyFactory.Plain(text) with { ReplacesSource = true, IsPrivate = true });
    }
}

/// <summary>“留言 …”: a comment on the session the member rated last (within a day of rating it).</summary>
public sealed class RatingCommentText : ITextHandler
{
    private static readonly TimeSpan CommentWindow = TimeSpan.FromDays(1);

    public int Order => 5;

    public async Task<ConversationResult?> TryHandleAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var text = context.Input.Text?.Trim() ?? "";
        if (!text.StartsWith(UiText.RateCommentWord, StringComparison.Ordinal))
        {
            return null;
        }

        var comment = text[UiText.RateCommentWord.Length..].TrimStart(' ', '：', ':', '，', ',').Trim();
        var since = context.UtcNow - CommentWindow;
        var rating = comment.Length == 0 ? null : await context.Db.SessionRatings
            .Where(r => r.LearnerId == context.Learner.Id && r.RatedAt >= since)
            .OrderByDescending(r => r.RatedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (rating is null)
        {
            return null; // not a comment on a rating: left to the other handlers (e.g. a policy question)
        }

        if (comment.Length > SessionRating.MaxCommentLength)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.RateCommentTooLong, SessionRating.MaxCommentLength));
        }

        rating.Comment = comment;
        var title = context.Catalogue.FindClass(rating.ClassSlug)?.Title ?? rating.ClassSlug;
        return ConversationResult.Of(ReplyFactory.Format(UiText.RateCommentSaved, title, rating.SessionNumber));
    }
}

internal static class SessionRatings
{
    /// <summary>Why the member may not rate the session (not ended, not attended), or null when they may.</summary>
    public static async Task<string?> RefusalAsync(ConversationContext context, TrainingClass trainingClass, ClassSession session, CancellationToken cancellationToken)
    {
        if (context.UtcNow < session.Ends)
        {
            return UiText.RateNotYet;
        }

        var attended = await context.Db.Attendances.AnyAsync(
            a => a.ClassSlug == trainingClass.Slug && a.SessionNumber == session.Number && a.LearnerId == context.Learner.Id, cancellationToken);
        return attended ? null : UiText.RateNotAttended;
    }
}
