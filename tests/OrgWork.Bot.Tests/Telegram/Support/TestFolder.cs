using Microsoft.Data.Sqlite;

namespace OrgWork.Bot.Tests.Telegram.Support;

/// <summary>A scratch folder with a small course (one lesson of several pages) and room for the database.</summary>
internal sealed class TestFolder
{
    public TestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "orgwork-tg-" + Guid.NewGuid().ToString("N"));
        WriteContent();
    }

    public string Path { get; }

    public string ContentRoot => System.IO.Path.Combine(Path, "content");

    public string ConnectionString => $"Data Source={System.IO.Path.Combine(Path, "bot.db")}";

    /// <summary>Removes the folder (tests call it when done; the file handles of pooled connections are closed first).</summary>
    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process still holds a file; the temp folder is cleaned by the system.
        }
    }

    /// <summary>Adds the fixture course with a three-question lesson quiz (<c>Fixtures/quiz-content</c>).</summary>
    public void AddQuizLesson()
    {
        var fixture = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "quiz-content", "courses", "demo");
        var target = System.IO.Path.Combine(ContentRoot, "courses", "demo");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(fixture))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }
    }

    private void WriteContent()
    {
        var course = System.IO.Path.Combine(ContentRoot, "courses", "basics");
        Directory.CreateDirectory(course);
        File.WriteAllText(System.IO.Path.Combine(course, "course.md"), """
            ---
            title: 党章基础
            summary: 测试用的课程。
            order: 1
            ---
            学习党章的基本内容。
            """);
        var paragraphs = Enumerable.Range(1, 8).Select(i =>
            $"## 第{i}节\n\n" + string.Concat(Enumerable.Repeat($"这是第{i}节的正文，讲述党章的基本要求和党员的义务。", 6)));
        File.WriteAllText(System.IO.Path.Combine(course, "01-charter.md"), $"""
            ---
            title: 党章总纲
            minutes: 10
            order: 1
            ---
            {string.Join("\n\n", paragraphs)}
            """);
    }
}
