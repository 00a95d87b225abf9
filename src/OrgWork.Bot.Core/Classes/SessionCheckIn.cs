using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Commands;
using OrgWork.Bot.Core.Learning;

namespace OrgWork.Bot.Core.Classes;

/// <summary>
/// <c>/start ck_CODE</c>: a member scanned a session's QR code (the Telegram deep link, typed in the terminal chat, or the
/// web address's page, which sends the same). The code must be ours and fresh, the session open, the member a participant.
/// </summary>
public sealed class SessionCheckIn(CheckInCodes codes, AttendanceBook attendance, StudyHours hours, LearningClock clock) : IStartCodeHandler
{
    public async Task<Reply?> TryHandleAsync(ConversationContext context, string code, CancellationToken cancellationToken)
    {
        if (!code.StartsWith(CheckInCodes.SessionPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var text = await CheckInAsync(context, code[CheckInCodes.SessionPrefix.Length..], cancellationToken);
        return ReplyFactory.Plain(text) with { IsPrivate = true };
    }

    private async Task<string> CheckInAsync(ConversationContext context, string code, CancellationToken cancellationToken)
    {
        var reading = await codes.ReadSessionAsync(code, context.UtcNow, cancellationToken);
        var (classId, number) = reading switch
        {
            SessionCodeReading.Valid valid => (valid.ClassId, valid.SessionNumber),
            SessionCodeReading.Expired expired => (expired.ClassId, expired.SessionNumber),
            _ => ("", 0),
        };
        if (reading is SessionCodeReading.Forged)
        {
            return UiText.CheckInForged;
        }

        if (context.Catalogue.FindClassById(classId) is not { } trainingClass || trainingClass.FindSession(number) is not { } session)
        {
            return UiText.CheckInUnknownSession;
        }

        if (reading is SessionCodeReading.Expired)
        {
            return UiText.CheckInExpired;
        }

        var outcome = await attendance.RecordAsync(context.Db, trainingClass, session, context.Learner, context.UtcNow, null, null, cancellationToken);
        return Describe(outcome, trainingClass, session);
    }

    private string Describe(AttendanceOutcome outcome, TrainingClass trainingClass, ClassSession session) => outcome switch
    {
        AttendanceOutcome.Recorded recorded => UiText.Format(
            UiText.CheckInDone, trainingClass.Title, session.Number, session.Title, hours.FromMinutes(recorded.Minutes), recorded.Minutes),
        AttendanceOutcome.AlreadyRecorded already => UiText.Format(
            UiText.CheckInAlready, clock.LocalTime(already.At).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), trainingClass.Title, session.Number),
        AttendanceOutcome.OutsideWindow window => UiText.Format(
            UiText.CheckInOutsideWindow, trainingClass.Title, session.Number, ContentTime.Format(window.From), ContentTime.Format(window.To)),
        AttendanceOutcome.NotParticipant { Standing.Kind: StandingKind.Waiting } waiting => UiText.Format(
            UiText.CheckInWaiting, trainingClass.Title, waiting.Standing.Position),
        _ => UiText.Format(UiText.CheckInNotParticipant, trainingClass.Title),
    };
}
