using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>What an uploaded file would become in the content folder, before it is validated.</summary>
public sealed record UploadPlan
{
    public required UploadKind Kind { get; init; }

    public required string FileName { get; init; }

    /// <summary>The files to stage, with their target paths; the bare file name while <see cref="NeedsTarget"/>.</summary>
    public IReadOnlyList<DraftFile> Files { get; init; } = [];

    /// <summary>What the validator loads: <see cref="Files"/>, or the file inside a placeholder course while the target is open.</summary>
    public IReadOnlyList<DraftFile> ValidationFiles { get; init; } = [];

    /// <summary>True for a lesson (or course.md) whose course the trainer has to choose.</summary>
    public bool NeedsTarget { get; init; }

    /// <summary>Problems found converting a GIFT, Aiken or CSV file.</summary>
    public IReadOnlyList<Diagnostic> ImportDiagnostics { get; init; } = [];

    /// <summary>Points the validator's messages at the names the trainer knows.</summary>
    public Func<Diagnostic, Diagnostic>? Remap { get; init; }
}
