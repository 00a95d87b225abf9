namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Writes files into the content folder so that a reader (the loader, the watcher) sees either the old
/// or the new file, never half of one: each file goes to a temporary file in its own folder, flushed to
/// disk, then renamed over the target. All temporary files are written before the first rename.
/// </summary>
public static class AtomicFileWriter
{
    public static async Task WriteAllAsync(string root, IReadOnlyList<DraftFile> files, CancellationToken cancellationToken)
    {
        var pending = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var file in files)
            {
                var target = ContentPaths.Resolve(root, file.Path);
                var folder = Path.GetDirectoryName(target)!;
                Directory.CreateDirectory(folder);

                // Not .md, so neither the loader nor the watcher's reload reads it half-written.
                var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
                pending.Add((temporary, target));
                await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
                {
                    await stream.WriteAsync(file.Content, cancellationToken);
                    stream.Flush(flushToDisk: true);
                }
            }

            foreach (var (temporary, target) in pending)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in pending)
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }
}
