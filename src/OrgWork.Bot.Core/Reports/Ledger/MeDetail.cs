using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Reports.Ledger;

/// <summary>
/// <c>/me 明细</c> and its page buttons: the member's own points and 学时 rows, newest first, <see cref="MemberLedger.PageSize"/> a
/// page. A page button carries only the page number, and always shows the presser's own ledger.
/// </summary>
public sealed class MeDetail(MemberLedger ledger, StudyHours hours) : IButtonHandler
{
    public const string PageAction = "ml";

    public string Action => PageAction;

    /// <summary>Whether the words after <c>/me</c> ask for the 明细.</summary>
    public static bool IsRequested(string arguments) =>
        UiText.LedgerWords.Contains(arguments.Trim().ToLowerInvariant(), StringComparer.Ordinal);

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (payload.NumberArgument(0) is not { } page || page < 1)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        return ConversationResult.Of(await ReplyAsync(context, page, cancellationToken) with { ReplacesSource = true });
    }

    public async Task<Reply> ReplyAsync(ConversationContext context, int page, CancellationToken cancellationToken)
    {
        var slice = await ledger.PageAsync(context.Db, context.Learner.Id, page, context.UtcNow, cancellationToken);
        var text = new RichTextBuilder().Bold(UiText.Format(UiText.LedgerTitle, context.Learner.DisplayName)).Text("\n");
        text.Text(UiText.Format(UiText.LedgerTotals, slice.Points, hours.FromMinutes(slice.MinutesThisYear).ToString("0.0", CultureInfo.InvariantCulture), slice.MinutesThisYear)).Text("\n");
        if (slice.Total == 0)
        {
            return new Reply { Text = text.Text("\n" + UiText.LedgerEmpty).Build(), IsPrivate = true };
        }

        foreach (var entry in slice.Entries)
        {
            text.Text("\n" + Line(entry, context));
        }

        text.Text("\n\n" + UiText.Format(UiText.LedgerPageOf, slice.Page, slice.PageCount, slice.Total));
        var buttons = new List<Button>();
        if (slice.Page > 1)
        {
            buttons.Add(new Button(UiText.LedgerPrevious, ButtonPayload.Create(PageAction, (slice.Page - 1).ToString(CultureInfo.InvariantCulture))));
        }

        if (slice.Page < slice.PageCount)
        {
            buttons.Add(new Button(UiText.LedgerNext, ButtonPayload.Create(PageAction, (slice.Page + 1).ToString(CultureInfo.InvariantCulture))));
        }

        return new Reply { Text = text.Build(), Buttons = buttons.Count == 0 ? [] : [buttons], IsPrivate = true };
    }

    private static string Line(LedgerEntry entry, ConversationContext context)
    {
        var date = entry.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reason = MemberLedger.Reason(entry, context.Catalogue);
        return entry.Kind == LedgerEntryKind.Points
            ? UiText.Format(UiText.LedgerPointsLine, date, entry.Amount, reason)
            : UiText.Format(UiText.LedgerHoursLine, date, entry.Amount, reason);
    }
}
