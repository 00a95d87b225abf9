using System.IO.Compression;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Publishing.Importing;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Unpacks a zip of one course folder in memory. Refused: entries with <c>..</c>, absolute or drive paths
/// (zip-slip), symbolic links, anything but Markdown and images, too many or too large files. Nothing is
/// ever extracted to disk here; paths are only used after <see cref="ContentPaths"/> checked them.
/// </summary>
public static class ZipCourseReader
{
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymbolicLink = 0xA000;
    private const int MaxProblemsShown = 10;

    public static UnpackedCourse Read(byte[] zip, string zipName, PublishingOptions options)
    {
        ZipArchive archive;
        try
        {
            // Names without the UTF-8 flag come from Chinese Windows in GBK; ASCII names read the same either way.
            archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: ImportText.ChineseWindows);
        }
        catch (InvalidDataException)
        {
            throw new UploadRejectedException(UiText.Format(UiText.ZipInvalid, zipName));
        }

        using (archive)
        {
            var files = Unpack(archive, zipName, options);
            return Place(files, zipName);
        }
    }

    private static List<(string Path, byte[] Content)> Unpack(ZipArchive archive, string zipName, PublishingOptions options)
    {
        var files = new List<(string Path, byte[] Content)>();
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (IsOperatingSystemClutter(name))
            {
                continue;
            }

            var isFolder = name.EndsWith('/');
            var path = isFolder ? name.TrimEnd('/') : name;
            if (((entry.ExternalAttributes >> 16) & UnixFileTypeMask) == UnixSymbolicLink)
            {
                problems.Add(UiText.Format(UiText.ZipLink, name));
            }
            else if (!ContentPaths.IsSafeRelative(path))
            {
                problems.Add(UiText.Format(UiText.ZipUnsafePath, name));
            }
            else if (isFolder)
            {
                continue;
            }
            else if (!ContentPaths.IsMarkdown(path) && !ContentPaths.IsImage(path))
            {
                problems.Add(UiText.Format(UiText.ZipWrongType, name));
            }
            else if (!names.Add(path))
            {
                problems.Add(UiText.Format(UiText.ZipDuplicate, name));
            }
            else if (files.Count + 1 > options.MaxZipFiles)
            {
                throw new UploadRejectedException(UiText.Format(UiText.ZipTooManyFiles, zipName, options.MaxZipFiles));
            }
            else
            {
                var limit = ContentPaths.IsMarkdown(path) ? options.MaxMarkdownBytes : options.MaxImageBytes;
                var content = ReadEntry(entry, limit);
                if (content is null)
                {
                    problems.Add(UiText.Format(UiText.ZipEntryTooLarge, name, UploadReader.FormatSize(limit)));
                    continue;
                }

                total += content.Length;
                if (total > options.MaxUnpackedBytes)
                {
                    throw new UploadRejectedException(UiText.Format(UiText.ZipTooLargeUnpacked, zipName, UploadReader.FormatSize(options.MaxUnpackedBytes)));
                }

                files.Add((path, content));
            }
        }

        if (problems.Count > 0)
        {
            var shown = problems.Take(MaxProblemsShown).Select(p => "• " + p);
            var more = problems.Count > MaxProblemsShown ? ["• " + UiText.Format(UiText.ReportMore, problems.Count - MaxProblemsShown)] : Array.Empty<string>();
            throw new UploadRejectedException(UiText.Format(UiText.ZipRejected, zipName) + "\n" + string.Join("\n", shown.Concat(more)));
        }

        return files;
    }

    /// <summary>The entry's bytes, or null when it is larger than <paramref name="limit"/> (whatever its header claims).</summary>
    private static byte[]? ReadEntry(ZipArchiveEntry entry, long limit)
    {
        if (entry.Length > limit)
        {
            return null;
        }

        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Works out the course folder: <c>slug/…</c>, <c>courses/slug/…</c>, or files at the top named after the zip.</summary>
    private static UnpackedCourse Place(List<(string Path, byte[] Content)> files, string zipName)
    {
        if (!files.Any(f => ContentPaths.IsMarkdown(f.Path)))
        {
            throw new UploadRejectedException(UiText.Format(UiText.ZipEmpty, zipName));
        }

        if (files.All(f => f.Path.StartsWith("courses/", StringComparison.Ordinal)))
        {
            files = files.Select(f => (f.Path["courses/".Length..], f.Content)).ToList();
        }

        var tops = files.Where(f => f.Path.Contains('/')).Select(f => f.Path[..f.Path.IndexOf('/', StringComparison.Ordinal)]).Distinct().ToList();
        if (files.All(f => f.Path.Contains('/')))
        {
            if (tops.Count > 1)
            {
                throw new UploadRejectedException(UiText.Format(UiText.ZipSeveralCourses, zipName, string.Join("、", tops)));
            }

            var slug = tops[0];
            return new UnpackedCourse(slug, files.Select(f => new DraftFile(f.Path[(slug.Length + 1)..], f.Content)).ToList());
        }

        var fromName = Path.GetFileNameWithoutExtension(zipName);
        if (!ContentPaths.IsSafeSegment(fromName))
        {
            throw new UploadRejectedException(UiText.Format(UiText.ZipBadCourseName, zipName));
        }

        return new UnpackedCourse(fromName, files.Select(f => new DraftFile(f.Path, f.Content)).ToList());
    }

    private static bool IsOperatingSystemClutter(string name)
    {
        var fileName = name.TrimEnd('/').Split('/')[^1];
        return name.StartsWith("__MACOSX/", StringComparison.Ordinal) || fileName is ".DS_Store" or "Thumbs.db" or "desktop.ini";
    }
}
