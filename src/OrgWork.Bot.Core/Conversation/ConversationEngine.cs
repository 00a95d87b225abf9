using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Diagnostics;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// The one conversation engine. A turn is a short unit of work: the handler runs in one database transaction (under
/// the write gate where the database needs one), and its changes, its replies for the channel's outbox and the
/// delivery id are committed together, so a redelivered input is recognised and applied once. A handler that needs
/// slow work (a model, a download, a parse) returns it as <see cref="IDeferredWork"/>: its first transaction is thrown
/// away, the slow work runs outside every transaction and gate, and a second short transaction commits its effects
/// with the delivery id. A crash in between leaves nothing recorded, so the input is delivered again and redone.
/// </summary>
public sealed class ConversationEngine(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    CatalogueStore catalogue,
    LearnerDirectory learners,
    RoleResolver roles,
    InputRouter router,
    IEnumerable<IReplyOutbox> outboxes,
    IEnumerable<ITurnAddendum> addenda,
    IWriteGate writeGate,
    InFlightDeliveries deliveries,
    OrgWorkMetrics metrics,
    TimeProvider time,
    ILogger<ConversationEngine> logger) : IConversationEngine
{
    private const int MaxAttempts = 2;

    private delegate Task<ConversationResult> TurnStep(ConversationContext context, CancellationToken cancellationToken);

    public async Task<ConversationResult> HandleAsync(ChatInput input, ITurnObserver observer, CancellationToken cancellationToken)
    {
        using var inFlight = input.DeliveryId is { } deliveryId ? await deliveries.EnterAsync(deliveryId, cancellationToken) : null;
        var result = await RunTurnAsync(input, router.RouteAsync, cancellationToken);
        if (result.Deferred is not { } work)
        {
            return result;
        }

        using (work)
        {
            observer.Pending();
            try
            {
                await work.RunAsync(TurnObserver.PartialText(observer), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Slow work of {Kind} input from user {UserId} in {Channel} failed", input.Kind, input.UserId, input.Channel);
                return ConversationResult.Of(ReplyFactory.Plain(UiText.InternalError));
            }

            var final = await RunTurnAsync(input, work.CommitAsync, cancellationToken);
            if (final.Deferred is { } nested)
            {
                nested.Dispose();
                logger.LogError("Input from user {UserId} asked for slow work twice; the second is refused", input.UserId);
                return ConversationResult.Of(ReplyFactory.Plain(UiText.InternalError));
            }

            return final;
        }
    }

    private async Task<ConversationResult> RunTurnAsync(ChatInput input, TurnStep step, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunInTransactionAsync(input, step, cancellationToken);
            }
            catch (DbUpdateException ex)
            {
                if (input.DeliveryId is not null && await IsProcessedAsync(input.DeliveryId, cancellationToken))
                {
                    metrics.UpdateHandled(input.Channel, duplicate: true);
                    logger.LogInformation(ex, "Delivery {DeliveryId} was applied concurrently elsewhere; ignoring this copy", input.DeliveryId);
                    return ConversationResult.Duplicate;
                }

                if (attempt < MaxAttempts)
                {
                    // A unique constraint caught a concurrent input of the same person (e.g. on another instance:
                    // both creating the learner, or a double tap). Nothing of this one was applied; handled again,
                    // it sees what the other committed and answers accordingly ("already answered").
                    logger.LogInformation("Input from user {UserId} conflicted with a concurrent one; handling it again", input.UserId);
                    continue;
                }

                logger.LogWarning(ex, "Input from user {UserId} conflicted with a concurrent one again; nothing was applied", input.UserId);
                return ConversationResult.Notice(UiText.AlreadyApplied);
            }
        }
    }

    /// <summary>
    /// One short transaction under the write gate. What the step asked to do after the commit (a catalogue reload
    /// after publishing) runs once the gate is released; what it asked to undo if the input does not commit (files
    /// written during the turn) runs whenever the commit does not happen.
    /// </summary>
    private async Task<ConversationResult> RunInTransactionAsync(ChatInput input, TurnStep step, CancellationToken cancellationToken)
    {
        ConversationResult result;
        ConversationContext? committed;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            (result, committed) = await TransactAsync(input, step, cancellationToken);
        }

        if (committed is not null)
        {
            await committed.RunAfterCommitAsync(cancellationToken);
        }

        return result;
    }

    private async Task<(ConversationResult Result, ConversationContext? Committed)> TransactAsync(ChatInput input, TurnStep step, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (input.DeliveryId is { } deliveryId && await db.ProcessedUpdates.AnyAsync(u => u.Id == deliveryId, cancellationToken))
        {
            metrics.UpdateHandled(input.Channel, duplicate: true);
            return (ConversationResult.Duplicate, null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (learner, isNew) = await learners.TouchAsync(db, input, now, cancellationToken);
        var context = new ConversationContext(input, learner, isNew, roles.Effective(learner, [input.UserId]), db, catalogue.Current, now);
        var didCommit = false;
        try
        {
            ConversationResult result;
            try
            {
                // A member taken off the roster keeps their history but is not served (the delivery is still recorded).
                result = learner.DeactivatedAt is null
                    ? await step(context, cancellationToken)
                    : ConversationResult.Of(ReplyFactory.Plain(UiText.AccountDeactivated));
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not DbUpdateException)
            {
                logger.LogError(ex, "Handling {Kind} input from user {UserId} in {Channel} failed", input.Kind, input.UserId, input.Channel);
                return (ConversationResult.Of(ReplyFactory.Plain(UiText.InternalError)), null);
            }

            if (result.Deferred is { } work)
            {
                // Nothing of the first step is kept. Rolled back here, not only when disposed, so that a failure is seen
                // while the work (which may hold a lease, such as the member's one question) can still be released.
                try
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                }
                catch
                {
                    work.Dispose();
                    throw;
                }

                return (result, null);
            }

            if (!result.WasDuplicate)
            {
                foreach (var addendum in addenda)
                {
                    if (await addendum.TakeAsync(context, cancellationToken) is { Count: > 0 } extra)
                    {
                        result = result with { Replies = [.. result.Replies, .. extra] };
                    }
                }
            }

            if (input.DeliveryId is not null)
            {
                db.ProcessedUpdates.Add(new ProcessedUpdate { Id = input.DeliveryId, ProcessedAt = now });
                outboxes.FirstOrDefault(o => o.Channel == input.Channel)?.Stage(input, result, db, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            didCommit = true;
            metrics.UpdateHandled(input.Channel, duplicate: false);
            return (result, context);
        }
        finally
        {
            if (!didCommit)
            {
                context.RunNotCommitted();
            }
        }
    }

    private async Task<bool> IsProcessedAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ProcessedUpdates.AnyAsync(u => u.Id == deliveryId, cancellationToken);
    }
}
