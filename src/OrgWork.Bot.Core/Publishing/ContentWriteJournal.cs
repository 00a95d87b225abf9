using Microsoft.Extensions.Logging;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// The files a publish or rollback wrote into the content folder, with the bytes each replaced (null: it did
/// not exist), so that they can be put back when the input's transaction does not commit: the database then
/// holds neither the new versions nor the upload's new status, and the folder must not hold the files.
/// </summary>
public sealed class ContentWriteJournal
{
    private readonly string _root;
    private readonly IReadOnlyList<(string Path, byte[]? Previous)> _entries;
    private readonly ILogger _logger;
    private int _settled;

    private ContentWriteJournal(string root, IReadOnlyList<(string Path, byte[]? Previous)> entries, ILogger logger)
    {
        _root = root;
        _entries = entries;
        _logger = logger;
    }

    /// <summary>Writes <paramref name="files"/> atomically, remembering what <paramref name="previous"/> says each replaced.</summary>
    public static async Task<ContentWriteJournal> WriteAsync(
        string root, IReadOnlyList<DraftFile> files, IReadOnlyDictionary<string, byte[]?> previous, ILogger logger, CancellationToken cancellationToken)
    {
        var journal = new ContentWriteJournal(root, files.Select(f => (f.Path, previous.GetValueOrDefault(f.Path))).ToList(), logger);
        try
        {
            await AtomicFileWriter.WriteAllAsync(root, files, cancellationToken);
        }
        catch
        {
            // Renames are the last step and may have happened for some files only.
            journal.Restore();
            throw;
        }

        return journal;
    }

    /// <summary>The transaction committed: the written files stay.</summary>
    public void Keep() => Interlocked.Exchange(ref _settled, 1);

    /// <summary>Puts back the previous bytes of every written file (deletes the ones that were new); once, and never after <see cref="Keep"/>.</summary>
    public void Restore()
    {
        if (Interlocked.Exchange(ref _settled, 1) != 0)
        {
            return;
        }

        foreach (var (path, previous) in _entries)
        {
            try
            {
                var target = ContentPaths.Resolve(_root, path);
                if (previous is null)
                {
                    File.Delete(target);
                    continue;
                }

                var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
                File.WriteAllBytes(temporary, previous);
                File.Move(temporary, target, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogError(ex, "Could not put back {Path} after a publish that did not commit; the file and its versions now disagree", path);
            }
        }

        _logger.LogWarning("Put back {Count} content files: the publish or rollback that wrote them did not commit", _entries.Count);
    }
}
