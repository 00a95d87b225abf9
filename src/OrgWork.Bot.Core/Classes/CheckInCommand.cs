using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary>
/// The check-in QR code of a session for the trainer to show: an image of the web address, with that address, the
/// projector page (which keeps rotating it) and the Telegram link as text, how many have checked in, and 换新二维码.
/// </summary>
public sealed class CheckInQrReply(CheckInCodes codes, CheckInAddresses addresses, IOptions<CheckInOptions> options, LearningClock clock)
{
    public async Task<Reply> ForAsync(ConversationContext context, TrainingClass trainingClass, ClassSession session, CancellationToken cancellationToken)
    {
        var code = await codes.ForSessionAsync(trainingClass, session, context.UtcNow, cancellationToken);
        var web = addresses.ForSession(code);
        var slotStart = codes.NextRotation(context.UtcNow) - options.Value.RotateEvery;
        var validUntil = clock.LocalTime(slotStart + options.Value.AcceptFor).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var checkedIn = await context.Db.Attendances.CountAsync(a => a.ClassSlug == trainingClass.Slug && a.SessionNumber == session.Number, cancellationToken);
        var participants = await ClassRoster.Participants(context.Db, trainingClass).CountAsync(cancellationToken);

        var text = new RichTextBuilder().Text(UiText.Format(
            UiText.CheckInQrCaption,
            trainingClass.Title,
            session.Number,
            session.Title,
            (int)options.Value.RotateEvery.TotalSeconds,
            validUntil,
            addresses.Projector(trainingClass.Slug, session.Number),
            web));
        if (addresses.DeepLinkForSession(code) is { } deepLink)
        {
            text.Text("\n" + UiText.Format(UiText.CheckInQrTelegram, deepLink));
        }

        text.Text("\n" + UiText.Format(UiText.CheckInAttendanceSoFar, checkedIn, participants));
        return new Reply
        {
            Text = text.Build(),
            Image = new ReplyImage($"checkin-{trainingClass.Slug}-{session.Number}.png", QrImage.Png(web)),
            Buttons = [[new Button(UiText.CheckInRefresh, ClassActions.ToShowCode(ContentIds.ForClass(trainingClass.Slug), session.Number))]],
            IsPrivate = true,
        };
    }
}

/// <summary><c>/checkin</c> (trainers): the QR code of the session open for check-in now, or a choice when several are.</summary>
public sealed class CheckInCommand(CheckInQrReply qr, AttendanceBook attendance, IOptions<CheckInOptions> options) : ICommandHandler
{
    public string Name => "checkin";

    public string Description => UiText.CommandCheckIn;

    public Role RequiredRole => Role.Trainer;

    public bool IsPrivateFlow => true;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var now = context.UtcNow;
        var open = context.Catalogue.Classes
            .SelectMany(c => c.Sessions.Where(s => attendance.IsOpen(s, now)).Select(s => (Class: c, Session: s)))
            .ToList();
        if (open.Count == 1)
        {
            return ConversationResult.Of(await qr.ForAsync(context, open[0].Class, open[0].Session, cancellationToken));
        }

        if (open.Count > 1)
        {
            var choices = open.Select(o => new Button(
                UiText.Format(UiText.CheckInSessionButton, o.Class.Title, o.Session.Number), ClassActions.ToShowCode(ContentIds.ForClass(o.Class.Slug), o.Session.Number)));
            return ConversationResult.Of(ReplyFactory.Plain(UiText.CheckInChooseSession) with { Buttons = ReplyFactory.Column(choices) });
        }

        var text = UiText.Format(UiText.CheckInNoSession, (int)options.Value.WindowMargin.TotalMinutes);
        var next = context.Catalogue.Classes
            .SelectMany(c => c.Sessions.Where(s => s.Starts > now).Select(s => (Class: c, Session: s)))
            .OrderBy(o => o.Session.Starts)
            .FirstOrDefault();
        if (next.Class is not null)
        {
            text += "\n" + UiText.Format(UiText.CheckInNextSession, next.Class.Title, next.Session.Number, next.Session.Title, ContentTime.Format(next.Session.Starts));
        }

        return ConversationResult.Of(ReplyFactory.Plain(text));
    }
}

/// <summary>A session's check-in code on request (from the class page, a choice, or 换新二维码), while the session is open.</summary>
public sealed class ShowCodeButton(CheckInQrReply qr, AttendanceBook attendance) : IButtonHandler
{
    public string Action => ClassActions.ShowCode;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (context.Role < Role.Trainer || ClassPayload.Class(context, payload) is not { } trainingClass || ClassPayload.Session(trainingClass, payload) is not { } session)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        if (!attendance.IsOpen(session, context.UtcNow))
        {
            var (from, to) = attendance.Window(session);
            return ConversationResult.Of(ReplyFactory.Format(UiText.CheckInOutsideWindow, trainingClass.Title, session.Number, ContentTime.Format(from), ContentTime.Format(to)));
        }

        return ConversationResult.Of(await qr.ForAsync(context, trainingClass, session, cancellationToken));
    }
}
