namespace OrgWork.Bot.Core.Publishing;

/// <summary>A file about to be validated or staged: its path (relative to the content folder, or to its course folder) and bytes.</summary>
public sealed record DraftFile(string Path, byte[] Content);
