using System.Text;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Publishing.Importing;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Reads an upload within its size limit and decides where it goes: a <c>.md</c> replaces the lesson or bank
/// of the same file name, or is a new question bank when it holds only a quiz, or waits for the trainer to
/// choose a course; a <c>.zip</c> is one course folder; GIFT, Aiken and CSV become a bank under <c>quizzes/</c>.
/// </summary>
public sealed class UploadPlanner(CatalogueStore store, IOptions<PublishingOptions> options)
{
    /// <summary>The course a lesson is validated in while its real course is still to be chosen.</summary>
    public const string PlaceholderCourse = "upload-preview";

    private readonly PublishingOptions _options = options.Value;

    public async Task<UploadPlan> PlanAsync(InputFile file, CancellationToken cancellationToken)
    {
        var name = file.FileName.Trim();
        if (!ContentPaths.IsSafeSegment(name))
        {
            throw new UploadRejectedException(UiText.Format(UiText.UploadBadName, name));
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".md")
        {
            return PlanMarkdown(name, await UploadReader.ReadAsync(file, _options.MaxMarkdownBytes, cancellationToken));
        }

        if (extension == ".zip")
        {
            var course = ZipCourseReader.Read(await UploadReader.ReadAsync(file, _options.MaxZipBytes, cancellationToken), name, _options);
            var files = course.Files.Select(f => new DraftFile($"{ContentLayout.CoursesFolder}/{course.Slug}/{f.Path}", f.Content)).ToList();
            return new UploadPlan { Kind = UploadKind.Course, FileName = name, Files = files, ValidationFiles = files };
        }

        if (QuestionImporter.IsImportFile(name))
        {
            return PlanImport(name, await UploadReader.ReadAsync(file, _options.MaxMarkdownBytes, cancellationToken));
        }

        throw new UploadRejectedException(UiText.Format(UiText.UploadWrongType, name));
    }

    /// <summary>The plan once the trainer chose <paramref name="courseSlug"/> for a lesson or course.md.</summary>
    public static DraftFile InCourse(string courseSlug, string fileName, byte[] content) =>
        new($"{ContentLayout.CoursesFolder}/{courseSlug}/{fileName}", content);

    private UploadPlan PlanMarkdown(string name, byte[] content)
    {
        var isCourseFile = name.Equals(ContentLayout.CourseFile, StringComparison.OrdinalIgnoreCase);
        var matches = isCourseFile ? [] : ExistingFilesNamed(name);
        if (matches.Count == 1)
        {
            var kind = matches[0].StartsWith(ContentLayout.QuizzesFolder + "/", StringComparison.Ordinal) ? UploadKind.Bank : UploadKind.Lesson;
            return Direct(kind, name, new DraftFile(matches[0], content));
        }

        if (!isCourseFile && matches.Count == 0 && LooksLikeBank(content))
        {
            return Direct(UploadKind.Bank, name, new DraftFile($"{ContentLayout.QuizzesFolder}/{name}", content));
        }

        var placeholder = InCourse(PlaceholderCourse, isCourseFile ? ContentLayout.CourseFile : name, content);
        var validation = isCourseFile
            ? new[] { placeholder }
            : [InCourse(PlaceholderCourse, ContentLayout.CourseFile, "---\ntitle: 预览\n---\n"u8.ToArray()), placeholder];
        return new UploadPlan
        {
            Kind = isCourseFile ? UploadKind.CourseFile : UploadKind.Lesson,
            FileName = name,
            NeedsTarget = true,
            Files = [new DraftFile(name, content)],
            ValidationFiles = validation,
            Remap = d => d.Path == placeholder.Path ? d with { Path = name } : d,
        };
    }

    private UploadPlan PlanImport(string name, byte[] content)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var import = QuestionImporter.Import(name, content, stem);
        if (import.Bank is null || import.HasErrors)
        {
            return new UploadPlan { Kind = UploadKind.Bank, FileName = name, ImportDiagnostics = import.Diagnostics };
        }

        var target = $"{ContentLayout.QuizzesFolder}/{stem}.md";
        var bank = import.Bank;
        return Direct(UploadKind.Bank, name, new DraftFile(target, Encoding.UTF8.GetBytes(bank.Markdown))) with
        {
            ImportDiagnostics = import.Diagnostics,
            Remap = d => d.Path == target ? d with { Path = name, Line = bank.SourceLine(d.Line) } : d,
        };
    }

    private static UploadPlan Direct(UploadKind kind, string name, DraftFile file) =>
        new() { Kind = kind, FileName = name, Files = [file], ValidationFiles = [file] };

    /// <summary>Lessons and banks on disk with this file name (including ones that currently fail validation).</summary>
    private List<string> ExistingFilesNamed(string name)
    {
        var root = store.Root;
        var found = new List<string>();
        var courses = Path.Combine(root, ContentLayout.CoursesFolder);
        if (Directory.Exists(courses))
        {
            found.AddRange(Directory.EnumerateDirectories(courses)
                .Where(folder => File.Exists(Path.Combine(folder, name)))
                .Select(folder => $"{ContentLayout.CoursesFolder}/{Path.GetFileName(folder)}/{name}"));
        }

        if (File.Exists(Path.Combine(root, ContentLayout.QuizzesFolder, name)))
        {
            found.Add($"{ContentLayout.QuizzesFolder}/{name}");
        }

        return found.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A file whose only section is the quiz (no reading time, no text before <c>## 测验</c>) is a question bank.</summary>
    private static bool LooksLikeBank(byte[] content)
    {
        var lines = Encoding.UTF8.GetString(content).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var index = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
            if (end < 0 || lines[1..end].Any(l => l.TrimStart().StartsWith("minutes:", StringComparison.Ordinal)))
            {
                return false;
            }

            index = end + 1;
        }

        var first = lines.Skip(index).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return first is "## 测验" or "## Quiz" or "## quiz";
    }
}
