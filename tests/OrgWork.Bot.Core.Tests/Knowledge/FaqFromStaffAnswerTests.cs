using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>
/// 加入常见问答 under a staff reply publishes a curated answer through the publishing path: validated, versioned, in
/// <c>/versions</c>, the catalogue reloaded so the next member asking the same gets it as 已审核答复.
/// </summary>
public abstract class FaqFromStaffAnswerTests(StorageProvider storage)
{
    private const long Staff = 9001;
    private const string Question = "火星基地的建设标准是什么？";
    private const string StaffReply = "目前没有这方面的文件，请咨询县委组织部。";

    [SkippableFact]
    public async Task AStaffReplyAddedToTheFaqIsAVersionedCuratedAnswerForTheNextAsker()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage, new Dictionary<string, string?> { ["Bot:Admins:0"] = "9001" });
        Assert.Contains(UiText.PolicyNotFound, (await bot.SendAsync(Question, userId: 1001)).Replies[0].Text.Plain, StringComparison.Ordinal);
        var number = await bot.QueryAsync(db => db.Set<StaffQueueItem>().MinAsync(i => i.Id));
        var answered = await bot.SendAsync($"/answer {number} {StaffReply}", userId: Staff);

        var byMember = await bot.PressAsync(answered, UiText.ButtonAddToFaq, userId: 1001);
        var added = await bot.PressAsync(answered, UiText.ButtonAddToFaq, userId: Staff);
        var again = await bot.PressAsync(answered, UiText.ButtonAddToFaq, userId: Staff);
        var next = (await bot.SendAsync(Question, userId: 1002)).Replies[0].Text.Plain;

        var path = $"faq/queue-{number}.md";
        Assert.Equal(UiText.StaleButton, byMember.Toast);
        Assert.Equal(UiText.Format(UiText.DraftPublished, path, 1), added.Replies.Single().Text.Plain);
        Assert.Equal(UiText.Format(UiText.DraftAlreadyPublished, path), again.Toast);
        var file = await File.ReadAllTextAsync(Path.Combine(bot.Content.Root, "faq", $"queue-{number}.md"));
        Assert.Contains($"  - \"{Question}\"", file, StringComparison.Ordinal);
        Assert.EndsWith(StaffReply + "\n", file, StringComparison.Ordinal);
        var version = Assert.Single(await bot.QueryAsync(db => db.ContentVersions.Where(v => v.Path == path).ToListAsync()));
        Assert.Equal((VersionSource.Upload, Staff), (version.Source, version.AuthorId));
        Assert.StartsWith(UiText.PolicyCurated, next, StringComparison.Ordinal);
        Assert.Contains(StaffReply, next, StringComparison.Ordinal);
        Assert.Contains("第 1 版", string.Concat((await bot.SendAsync($"/versions {path}", userId: Staff)).Replies.Select(r => r.Text.Plain)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AQuestionThatWasNotAnsweredCannotBeAdded()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage, new Dictionary<string, string?> { ["Bot:Admins:0"] = "9001" });
        await bot.SendAsync(Question, userId: 1001);
        var number = await bot.QueryAsync(db => db.Set<StaffQueueItem>().MinAsync(i => i.Id));

        var pressed = await bot.PressAsync(Core.Knowledge.Feedback.AddToFaqButton.Data(number), userId: Staff);

        Assert.Equal(UiText.FaqNothingToAdd, pressed.Toast);
        Assert.False(Directory.Exists(Path.Combine(bot.Content.Root, "faq")) && Directory.EnumerateFiles(Path.Combine(bot.Content.Root, "faq")).Any());
    }
}

public sealed class FaqFromStaffAnswerTestsOnSqlite() : FaqFromStaffAnswerTests(StorageProvider.Sqlite);

public sealed class FaqFromStaffAnswerTestsOnPostgres() : FaqFromStaffAnswerTests(StorageProvider.Postgres);
