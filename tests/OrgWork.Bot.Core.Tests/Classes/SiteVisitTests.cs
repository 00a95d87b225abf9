using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Classes;

public abstract class SiteVisitTests(StorageProvider storage)
{
    private const string Site = "---\ntitle: 长征出发地纪念馆\nminutes: 90\nplace: 红军路 1 号\n---\n介绍。\n";

    private static async Task<string> VisitAsync(TestBot bot, string code, long userId) =>
        (await bot.SendAsync($"/start {CheckInCodes.SitePrefix}{code}", userId)).Replies[^1].Text.Plain;

    private static Task<string> CodeAsync(TestBot bot) =>
        bot.Services.GetRequiredService<CheckInCodes>().ForSiteAsync(bot.Services.GetCatalogue().FindSite("memorial")!, CancellationToken.None);

    [SkippableFact]
    public async Task AVisitCountsOnceADayWithTheSitesMinutesAsStudyHours()
    {
        await using var bot = await TestBot.StartAsync(storage, content => content.Write("sites/memorial.md", Site));
        var code = await CodeAsync(bot);

        var first = await VisitAsync(bot, code, 1001);
        var again = await VisitAsync(bot, code, 1001);
        bot.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await VisitAsync(bot, code, 1001);

        Assert.Contains("已登记参观：长征出发地纪念馆。计入学时 2（90 分钟）", first, StringComparison.Ordinal);
        Assert.Contains("你今天已经登记过参观长征出发地纪念馆", again, StringComparison.Ordinal);
        Assert.Contains("已登记参观", nextDay, StringComparison.Ordinal);
        var credits = await bot.QueryAsync(db => db.StudyCredits.Where(c => c.Source == StudyCreditSource.SiteVisit).OrderBy(c => c.Id).Select(c => c.Reference).ToListAsync());
        Assert.Equal(["memorial@2026-03-02", "memorial@2026-03-03"], credits);
    }

    [SkippableFact]
    public async Task TheSiteCodeIsFixedAndAnAlteredOneIsRefused()
    {
        await using var bot = await TestBot.StartAsync(storage, content => content.Write("sites/memorial.md", Site));
        var code = await CodeAsync(bot);
        bot.Clock.Advance(TimeSpan.FromDays(100));

        Assert.Equal(code, await CodeAsync(bot));
        Assert.Equal(UiText.SiteUnknownCode, await VisitAsync(bot, code[..^1] + (code[^1] == 'A' ? 'B' : 'A'), 1001));
        Assert.Equal(0, await bot.QueryAsync(db => db.SiteVisits.CountAsync()));
    }

    [SkippableFact]
    public async Task TheSiteListShowsEachSitesVisitsThisYear()
    {
        await using var bot = await TestBot.StartAsync(storage, content => content.Write("sites/memorial.md", Site));
        var code = await CodeAsync(bot);
        await VisitAsync(bot, code, 1001);
        await VisitAsync(bot, code, 1002);

        var list = (await bot.SendAsync("/sites", 1001)).Replies.Single().Text.Plain;

        Assert.Contains("长征出发地纪念馆\n  地点：红军路 1 号；每次参观计 90 分钟学时；今年已接待 2 人次", list, StringComparison.Ordinal);
        Assert.Contains("你今年参观了 1 次", list, StringComparison.Ordinal);
    }
}

public sealed class SiteVisitTestsOnSqlite() : SiteVisitTests(StorageProvider.Sqlite);

public sealed class SiteVisitTestsOnPostgres() : SiteVisitTests(StorageProvider.Postgres);
