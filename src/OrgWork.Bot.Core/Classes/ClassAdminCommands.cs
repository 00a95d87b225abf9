using System.Globalization;
using OrgWork.Bot.Core.Accounts;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary>
/// <c>/attend CLASS N WHO REASON</c> (trainers): marks a participant present at session N by hand, e.g. when their phone
/// failed; the reason goes into the attendance row and the audit log.
/// </summary>
public sealed class AttendCommand(AttendanceBook attendance, AuditLog audit, StudyHours hours, LearningClock clock) : ICommandHandler
{
    public string Name => "attend";

    public string Description => UiText.CommandAttend;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.AttendUsage));
        }

        if (context.Catalogue.FindClass(parts[0]) is not { } trainingClass)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.AttendUnknownClass, parts[0]));
        }

        if (trainingClass.FindSession(number) is not { } session)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.AttendUnknownSession, trainingClass.Title, number, trainingClass.Sessions.Count));
        }

        if (parts.Length < 4 || parts[3].Length == 0)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.AttendNoReason));
        }

        var found = await RosterLookup.FindAsync(context.Db, parts[2], cancellationToken);
        if (found.Count == 0)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.AttendNobody, parts[2]));
        }

        if (found.Count > 1)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.AttendAmbiguous, found.Count, parts[2]));
        }

        var member = found[0];
        var reason = parts[3];
        var outcome = await attendance.RecordAsync(context.Db, trainingClass, session, member, context.UtcNow, context.Learner, reason, cancellationToken);
        switch (outcome)
        {
            case AttendanceOutcome.Recorded recorded:
                audit.Record(
                    context.Db, context.UtcNow, context.Learner, AuditAction.AttendanceMarked, MemberDirectory.Subject(member),
                    null, $"{trainingClass.Slug}#{session.Number}：{reason}");
                return ConversationResult.Of(ReplyFactory.Format(UiText.AttendDone, member.DisplayName, trainingClass.Title, session.Number, hours.FromMinutes(recorded.Minutes), reason));
            case AttendanceOutcome.AlreadyRecorded already:
                return ConversationResult.Of(ReplyFactory.Format(
                    UiText.AttendAlready, member.DisplayName, clock.LocalTime(already.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), trainingClass.Title, session.Number));
            default:
                return ConversationResult.Of(ReplyFactory.Format(UiText.AttendNotParticipant, member.DisplayName, trainingClass.Title));
        }
    }
}

/// <summary><c>/enrol CLASS WHO…</c> (admins and trainers): adds roster members to a class by name or 手机号.</summary>
public sealed class EnrolCommand(ClassEnrolments enrolments, AuditLog audit) : ICommandHandler
{
    public string Name => "enrol";

    public string Description => UiText.CommandEnrol;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.EnrolUsage));
        }

        if (context.Catalogue.FindClass(parts[0]) is not { } trainingClass)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.AttendUnknownClass, parts[0]));
        }

        var found = new List<Learner>();
        var problems = new List<string>();
        foreach (var who in parts.Skip(1).Distinct(StringComparer.Ordinal))
        {
            var matches = await RosterLookup.FindAsync(context.Db, who, cancellationToken);
            switch (matches.Count)
            {
                case 0:
                    problems.Add(UiText.Format(UiText.EnrolProblemUnknown, who));
                    break;
                case 1:
                    found.Add(matches[0]);
                    break;
                default:
                    problems.Add(UiText.Format(UiText.EnrolProblemAmbiguous, who));
                    break;
            }
        }

        var added = await enrolments.AddAsync(context.Db, trainingClass, found, context.UtcNow, cancellationToken);
        foreach (var member in added)
        {
            audit.Record(context.Db, context.UtcNow, context.Learner, AuditAction.ClassEnrolled, MemberDirectory.Subject(member), null, trainingClass.Slug);
        }

        var lines = new List<string> { UiText.Format(UiText.EnrolDone, added.Count, trainingClass.Title, string.Join("、", added.Select(l => l.DisplayName))) };
        var already = found.Where(f => added.All(a => a.Id != f.Id)).Select(l => l.DisplayName).ToList();
        if (already.Count > 0)
        {
            lines.Add(UiText.Format(UiText.EnrolAlready, string.Join("、", already)));
        }

        if (problems.Count > 0)
        {
            lines.Add(UiText.Format(UiText.EnrolProblems, string.Join("；", problems)));
        }

        return ConversationResult.Of(ReplyFactory.Plain(string.Join("\n", lines)));
    }
}
