using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>The validator's messages for an upload and the catalogue it would make, for the preview.</summary>
public sealed record UploadValidation(IReadOnlyList<Diagnostic> Diagnostics, Catalogue Catalogue)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
