using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Content;

public class ContentLoaderTests
{
    [Fact]
    public async Task AValidTreeLoadsWithoutProblems()
    {
        using var content = new TempContent();

        var result = await TestLoader.LoadAsync(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["alpha", "beta"], result.Catalogue.Courses.Select(c => c.Slug));
        Assert.Equal(3, result.Catalogue.LessonCount);
        Assert.Equal(5, result.Catalogue.QuestionCount);
        Assert.Equal(2, result.Catalogue.Policies.Count);
    }

    [Fact]
    public async Task CoursesAndLessonsAreOrderedByOrderThenFileNumber()
    {
        using var content = new TempContent();
        content.Write("courses/alpha/course.md", "---\ntitle: 甲课程\norder: 9\n---\n");
        content.Write("courses/alpha/00-intro.md", "---\ntitle: 导言\nminutes: 1\n---\n导言。");

        var catalogue = (await TestLoader.LoadAsync(content.Root)).Catalogue;

        Assert.Equal(["beta", "alpha"], catalogue.Courses.Select(c => c.Slug));
        Assert.Equal(["intro", "first", "second"], catalogue.Courses[1].Lessons.Select(l => l.Slug));
    }

    [Fact]
    public async Task FrontMatterFillsCourseAndLessonFields()
    {
        using var content = new TempContent();

        var catalogue = (await TestLoader.LoadAsync(content.Root)).Catalogue;
        var course = catalogue.Courses[0];
        var lesson = course.Lessons[0];

        Assert.Equal("甲课程", course.Title);
        Assert.Equal("第一门课", course.Summary);
        Assert.Equal(["党史", "长征"], course.Tags);
        Assert.Equal("全体党员", course.Audience);
        Assert.Equal("第一课", lesson.Title);
        Assert.Equal(10, lesson.Minutes);
        Assert.Equal("alpha/first", lesson.Key);
        Assert.Equal(15, course.TotalMinutes);
    }

    [Fact]
    public async Task QuizSectionsBecomeQuestionsOfEachKind()
    {
        using var content = new TempContent();

        var quiz = (await TestLoader.LoadAsync(content.Root)).Catalogue.FindLessonByKey("alpha/first")!.Quiz;

        Assert.Equal([QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.TrueFalse], quiz.Select(q => q.Kind));
        Assert.Equal("单选题：长征开始于哪一年？", quiz[0].Text);
        Assert.Equal(["1934年"], quiz[0].CorrectOptions.Select(o => o.Text));
        Assert.Equal(["甲", "乙"], quiz[1].CorrectOptions.Select(o => o.Text));
        Assert.Equal("1934年10月，中央红军开始长征。", quiz[0].Explanation);
        Assert.Null(quiz[1].Explanation);
        Assert.Equal(["对"], quiz[2].CorrectOptions.Select(o => o.Text));
    }

    [Fact]
    public async Task TheQuizIsNotPartOfTheLessonPages()
    {
        using var content = new TempContent();

        var lesson = (await TestLoader.LoadAsync(content.Root)).Catalogue.FindLessonByKey("alpha/first")!;

        Assert.Equal(2, lesson.Pages.Count);
        Assert.DoesNotContain("测验", string.Concat(lesson.Pages.Select(p => p.Plain)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionBanksAreLoaded()
    {
        using var content = new TempContent();

        var bank = Assert.Single((await TestLoader.LoadAsync(content.Root)).Catalogue.Banks);

        Assert.Equal("题库", bank.Title);
        Assert.Equal(2, bank.Questions.Count);
        Assert.All(bank.Questions, q => Assert.Equal("quizzes/bank", q.SourceKey));
    }

    [Fact]
    public async Task EditingOneQuestionKeepsTheIdsOfTheOthers()
    {
        using var content = new TempContent();
        var before = (await TestLoader.LoadAsync(content.Root)).Catalogue.FindLessonByKey("alpha/first")!.Quiz;
        var path = Path.Combine(content.Root, "courses/alpha/01-first.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("多选题：下列哪些是正确的？", "多选题：下列哪些说法是正确的？", StringComparison.Ordinal));

        var after = (await TestLoader.LoadAsync(content.Root)).Catalogue.FindLessonByKey("alpha/first")!.Quiz;

        Assert.Equal(before[0].Id, after[0].Id);
        Assert.Equal(before[2].Id, after[2].Id);
        Assert.NotEqual(before[1].Id, after[1].Id);
    }

    [Fact]
    public async Task ReorderingOptionsKeepsTheirIds()
    {
        using var content = new TempContent();
        var before = (await TestLoader.LoadAsync(content.Root)).Catalogue.FindLessonByKey("alpha/first")!.Quiz[0];
        var path = Path.Combine(content.Root, "courses/alpha/01-first.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("   - [ ] 1927年\n   - [x] 1934年", "   - [x] 1934年\n   - [ ] 1927年", StringComparison.Ordinal));

        var after = (await TestLoader.LoadAsync(content.Root)).Catalogue.FindLessonByKey("alpha/first")!.Quiz[0];

        Assert.Equal("1934年", after.Options[0].Text);
        Assert.Equal(before.Options.Single(o => o.IsCorrect).Id, after.Options[0].Id);
    }

    [Fact]
    public async Task QuestionsNumberedTenAndAboveParseWithWiderIndentation()
    {
        using var content = new TempContent();
        var questions = string.Concat(Enumerable.Range(1, 11).Select(i =>
        {
            var indent = new string(' ', i.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 2);
            return $"{i}. 第{i}题\n{indent}- [x] 对\n{indent}- [ ] 错\n";
        }));
        content.Write("quizzes/bank.md", "---\ntitle: 大题库\n---\n## 测验\n\n" + questions);

        var result = await TestLoader.LoadAsync(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(11, result.Catalogue.Banks[0].Questions.Count);
    }

    [Fact]
    public async Task AMissingFolderIsReportedNotThrown()
    {
        var result = await TestLoader.LoadAsync(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid()));

        Assert.Contains(result.Diagnostics, d => d.Code.Id == "CT001");
        Assert.Empty(result.Catalogue.Courses);
    }
}
