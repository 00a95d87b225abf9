using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>Which sent files are rosters, and the buttons under a roster's report.</summary>
public static class RosterUploads
{
    public const string ImportAction = "rimp";
    public const string CancelAction = "rcan";

    /// <summary>An <c>.xlsx</c>, or a <c>.csv</c> named as a roster (名册, roster): other CSV files are question banks.</summary>
    public static bool IsRosterFile(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension == ".xlsx"
            || (extension == ".csv" && (fileName.Contains("名册", StringComparison.Ordinal) || fileName.Contains("roster", StringComparison.OrdinalIgnoreCase)));
    }

    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(long uploadId) =>
    [
        [
            new Button(UiText.RosterImportButton, ButtonPayload.Create(ImportAction, uploadId.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            new Button(UiText.RosterCancelButton, ButtonPayload.Create(CancelAction, uploadId.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ],
    ];

    /// <summary>The admin's own roster upload still waiting for 导入, with its bytes; null for anything else.</summary>
    public static async Task<StagedUpload?> FindOpenAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (context.Role < Role.Admin || payload.Argument(0) is not { } argument || !long.TryParse(argument, out var id))
        {
            return null;
        }

        return await context.Db.StagedUploads.Include(u => u.Files).FirstOrDefaultAsync(
            u => u.Id == id && u.OwnerId == context.Learner.Id && u.Kind == UploadKind.Roster && u.Status == UploadStatus.Ready,
            cancellationToken);
    }
}
