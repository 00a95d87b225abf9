using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Button actions of a rollback preview: <c>version id : latest version number at the preview : asker</c>. The
/// latest number makes a preview stale once anything else is published or restored for that file.
/// </summary>
public static class RollbackActions
{
    public const string Confirm = "rb";
    public const string Cancel = "rx";

    public static string ToConfirm(RollbackTicket ticket) => Create(Confirm, ticket);

    public static string ToCancel(RollbackTicket ticket) => Create(Cancel, ticket);

    /// <summary>The ticket a pressed button carries; null for one that does not parse.</summary>
    public static RollbackTicket? Read(ButtonPayload payload) =>
        long.TryParse(payload.Argument(0), NumberStyles.None, CultureInfo.InvariantCulture, out var versionId)
        && int.TryParse(payload.Argument(1), NumberStyles.None, CultureInfo.InvariantCulture, out var latest)
        && long.TryParse(payload.Argument(2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var askerId)
            ? new RollbackTicket(versionId, latest, askerId)
            : null;

    private static string Create(string action, RollbackTicket ticket) => ButtonPayload.Create(
        action,
        ticket.VersionId.ToString(CultureInfo.InvariantCulture),
        ticket.LatestNumber.ToString(CultureInfo.InvariantCulture),
        ticket.AskerId.ToString(CultureInfo.InvariantCulture));
}
