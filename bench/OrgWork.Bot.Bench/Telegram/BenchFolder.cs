namespace OrgWork.Bot.Bench.Telegram;

/// <summary>A scratch folder with one course whose lesson has several pages, for the simulated users to read.</summary>
internal static class BenchFolder
{
    public static string Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "orgwork-tg-bench-" + Guid.NewGuid().ToString("N"));
        var course = Path.Combine(root, "content", "courses", "basics");
        Directory.CreateDirectory(course);
        File.WriteAllText(Path.Combine(course, "course.md"), "---\ntitle: 党章基础\nsummary: 基准测试课程。\norder: 1\n---\n学习党章的基本内容。\n");
        var sections = Enumerable.Range(1, 12).Select(i =>
            $"## 第{i}节\n\n" + string.Concat(Enumerable.Repeat($"这是第{i}节的正文，讲述党章的基本要求和党员的义务。", 20)));
        File.WriteAllText(Path.Combine(course, "01-charter.md"), $"---\ntitle: 党章总纲\nminutes: 10\norder: 1\n---\n{string.Join("\n\n", sections)}\n");
        return root;
    }
}
