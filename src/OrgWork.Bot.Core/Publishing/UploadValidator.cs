using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Validates uploaded files exactly as <c>validate</c> would once they were in place, without touching the
/// content folder: the courses the upload touches are copied to a temporary folder, the files laid over
/// them, and the real <see cref="ContentLoader"/> reads the result. Problems the copied files already had
/// are not the upload's and are left out.
/// </summary>
public sealed class UploadValidator(ContentLoader loader, CatalogueStore store, ILogger<UploadValidator> logger)
{
    public async Task<UploadValidation> ValidateAsync(IReadOnlyList<DraftFile> files, Func<Diagnostic, Diagnostic>? remap, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetTempPath(), "orgwork-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var course in files.Select(f => CourseOf(f.Path)).OfType<string>().Distinct())
            {
                CopyCourseMarkdown(course, temporary);
            }

            var before = await loader.LoadAsync(temporary, null, cancellationToken);
            var known = before.Diagnostics.Select(d => d.ToString()).ToHashSet();
            foreach (var file in files)
            {
                var target = ContentPaths.Resolve(temporary, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, file.Content, cancellationToken);
            }

            var after = await loader.LoadAsync(temporary, null, cancellationToken);
            var prefix = temporary.Replace('\\', '/') + "/";
            var uploaded = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var diagnostics = after.Diagnostics
                .Select(d => (Diagnostic: d, Relative: d.Path.StartsWith(prefix, StringComparison.Ordinal) ? d.Path[prefix.Length..] : d.Path))
                .Where(x => uploaded.Contains(x.Relative) || !known.Contains(x.Diagnostic.ToString()))
                .Select(x => x.Diagnostic with { Path = x.Relative })
                .Select(d => remap?.Invoke(d) ?? d)
                .ToList();
            return new UploadValidation(diagnostics, after.Catalogue);
        }
        finally
        {
            try
            {
                Directory.Delete(temporary, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? CourseOf(string path)
    {
        var parts = path.Split('/');
        return parts.Length >= 3 && parts[0] == ContentLayout.CoursesFolder ? parts[1] : null;
    }

    /// <summary>
    /// The course's Markdown files as they are now: the loader reads nothing else, and lessons sit directly in
    /// the folder. Files the loader ignores (an editor's lock link) are not copied, and a file that cannot be
    /// read is left out: it is not the upload's problem, and the upload is still checked against the rest.
    /// </summary>
    private void CopyCourseMarkdown(string course, string temporary)
    {
        var source = Path.Combine(store.Root, ContentLayout.CoursesFolder, course);
        if (!ContentPaths.IsSafeSegment(course) || !Directory.Exists(source))
        {
            return;
        }

        var target = Path.Combine(temporary, ContentLayout.CoursesFolder, course);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.TopDirectoryOnly).Where(f => !ContentFileNames.IsIgnoredName(Path.GetFileName(f))))
        {
            try
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Validating an upload without {File}, which cannot be read: {Reason}", file, ex.Message);
            }
        }
    }
}
