using System.Globalization;
using System.Text;

namespace OrgWork.Bot.Bench.Foundation;

/// <summary>Writes a synthetic content tree: courses of lessons with varied Markdown and a 5-question quiz each.</summary>
public static class CorpusGenerator
{
    public static string Generate(int lessons, int lessonsPerCourse = 50)
    {
        var root = Directory.CreateTempSubdirectory("orgwork-bench-content-").FullName;
        for (var i = 0; i < lessons; i++)
        {
            var course = i / lessonsPerCourse;
            var folder = Path.Combine(root, "courses", $"course-{course:D3}");
            if (i % lessonsPerCourse == 0)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "course.md"), $"---\ntitle: 第{course + 1}门课程\nsummary: 生成的课程\norder: {course}\n---\n课程简介，含 **粗体** 与 [链接](https://example.org/?a=1&b=2)。\n");
            }

            File.WriteAllText(Path.Combine(folder, $"{i % lessonsPerCourse + 1:D2}-lesson-{i}.md"), Lesson(i));
        }

        return root;
    }

    private static string Lesson(int n)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: 第{n}课\nminutes: {10 + (n % 20)}\norder: {n}\n---\n");
        for (var section = 1; section <= 4; section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## 第{section}节\n\n");
            text.Append("这是一段用于测试的正文，讲述基层党组织建设、乡村振兴与人才工作。<尖括号> & 和号也要正确转义。");
            text.Append("**加粗的重点句子。** *斜体的补充说明。* `行内代码`\n\n");
            text.Append("- 第一条要点：把党组织建在产业链上；\n- 第二条要点：发展壮大村集体经济；\n  - 嵌套的要点\n\n");
            text.Append("| 项目 | 内容 |\n|---|---|\n| 时间 | 1935年 |\n| 地点 | 遵义 |\n\n");
            text.Append("> 引用的一句话，说明长征精神。\n\n");
        }

        text.Append("***\n\n第二页的正文。\n\n## 测验\n\n");
        for (var q = 1; q <= 5; q++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{q}. 第{n}课第{q}题：下列说法正确的是？\n");
            text.Append("   - [x] 正确的选项\n   - [ ] 错误的选项甲\n   - [ ] 错误的选项乙\n");
            text.Append("   > 解析：因为它是正确的。\n");
        }

        return text.ToString();
    }
}
