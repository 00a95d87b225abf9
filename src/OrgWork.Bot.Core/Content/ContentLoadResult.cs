namespace OrgWork.Bot.Core.Content;

/// <summary>A loaded catalogue and every problem found on the way.</summary>
public sealed record ContentLoadResult(Catalogue Catalogue, IReadOnlyList<Diagnostic> Diagnostics, int FilesRead)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
