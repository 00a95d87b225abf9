using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Classes;

public class ClassContentTests
{
    private const string Class = """
        ---
        title: 冬季实训班
        place: 县委党校
        capacity: 30
        enrol: assigned
        audience:
          - 红星村党支部
        certificate_attendance: 75
        sessions:
          - title: 现场教学
            starts: 2026-12-15 14:30
            minutes: 120
            place: 纪念馆
          - {title: 开班式, starts: "2026-12-15 09:00", minutes: 90}
        ---
        介绍**正文**。
        """;

    [Fact]
    public async Task SessionsAreNumberedInTheOrderOfTheirStartAndTakeTheClassPlaceWhenTheyNameNone()
    {
        using var content = new TempContent();
        content.Write("classes/winter.md", Class);

        var result = await TestLoader.LoadAsync(content.Root);

        Assert.DoesNotContain(result.Diagnostics, d => d.Path.Contains("classes", StringComparison.Ordinal));
        var loaded = Assert.Single(result.Catalogue.Classes);
        Assert.Equal(("冬季实训班", 30, EnrolMode.Assigned, 75), (loaded.Title, loaded.Capacity, loaded.Enrolment, loaded.CertificateAttendance));
        Assert.Equal(["红星村党支部"], loaded.Audience.Names);
        Assert.Collection(
            loaded.Sessions,
            first => Assert.Equal((1, "开班式", new DateTime(2026, 12, 15, 1, 0, 0, DateTimeKind.Utc), 90, "县委党校"), (first.Number, first.Title, first.Starts, first.Minutes, first.Place)),
            second => Assert.Equal((2, "现场教学", new DateTime(2026, 12, 15, 6, 30, 0, DateTimeKind.Utc), 120, "纪念馆"), (second.Number, second.Title, second.Starts, second.Minutes, second.Place)));
        Assert.Equal(210, loaded.TotalMinutes);
        Assert.Contains("介绍正文", loaded.Description.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClassNamingAnExamThatDoesNotExistIsSkippedAndItsPreviousVersionStaysLive()
    {
        using var content = new TempContent();
        content.Write("classes/winter.md", Class);
        var first = await TestLoader.LoadAsync(content.Root);
        content.Write("classes/winter.md", Class.Replace("capacity: 30", "capacity: 50\nexam: no-such-exam", StringComparison.Ordinal));

        var second = await TestLoader.LoadAsync(content.Root, first.Catalogue);

        var problem = Assert.Single(second.Diagnostics, d => d.Code.Id == "CT809");
        Assert.Equal(5, problem.Line);
        Assert.Equal(30, Assert.Single(second.Catalogue.Classes).Capacity);
    }

    [Fact]
    public async Task ASiteHasItsMinutesAndPlace()
    {
        using var content = new TempContent();
        content.Write("sites/memorial.md", "---\ntitle: 纪念馆\nminutes: 90\nplace: 红军路 1 号\n---\n介绍。\n");

        var result = await TestLoader.LoadAsync(content.Root);

        var site = Assert.Single(result.Catalogue.Sites);
        Assert.Equal(("memorial", "纪念馆", 90, "红军路 1 号"), (site.Slug, site.Title, site.Minutes, site.Place));
    }
}
