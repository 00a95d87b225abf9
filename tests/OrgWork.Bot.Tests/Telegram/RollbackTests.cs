using System.Text;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary><c>/rollback</c> over the fake Bot API: a preview with 确认 / 取消 buttons, and nothing written before 确认.</summary>
public sealed class RollbackTests : IAsyncLifetime
{
    private const long Trainer = 5101;
    private const string LessonPath = "courses/basics/01-charter.md";

    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;
    private byte[] _original = [];

    private string LessonFile => Path.Combine(_folder.ContentRoot, LessonPath);

    public async Task InitializeAsync()
    {
        // Version 1 is the fixture lesson; version 2, a trainer's edit, is what the folder holds now.
        _original = File.ReadAllBytes(LessonFile);
        var edited = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(_original) + "\n\n## 补充\n\n讲师补充的一段。\n");
        File.WriteAllBytes(LessonFile, edited);
        _api = await FakeBotApi.StartAsync();
        _bot = await RunningBot.StartAsync(_api, _folder, $"--Bot:Admins:0={Trainer}");
        var at = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
        await _bot.QueryAsync(db =>
        {
            db.ContentVersions.Add(Version(1, VersionSource.Existing, _original, at, null, ""));
            db.ContentVersions.Add(Version(2, VersionSource.Upload, edited, at.AddHours(1), 2001, "王讲师"));
            return db.SaveChangesAsync();
        });
    }

    private static ContentVersion Version(int number, VersionSource source, byte[] content, DateTime at, long? authorId, string authorName) => new()
    {
        Path = LessonPath,
        Number = number,
        Source = source,
        Content = content,
        ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
        CreatedAt = at,
        AuthorId = authorId,
        AuthorName = authorName,
        PreviousNumber = number == 1 ? null : number - 1,
    };

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    private async Task<ApiCall> PreviewAsync(int skip)
    {
        _api.SendText(Trainer, $"/rollback {LessonPath} 1");
        return await _api.WaitForAsync(c => c.Method == "sendMessage" && c.Text?.Contains("恢复预览", StringComparison.Ordinal) == true, Wait.Long, skip);
    }

    [Fact]
    public async Task TheTrainerSeesAPreviewWithButtonsAndOnlyConfirmRestoresTheVersion()
    {
        var edited = File.ReadAllBytes(LessonFile);

        var preview = await PreviewAsync(skip: 0);
        Assert.Contains("第 1 版 · 2026-03-02 10:00 · — · 发布前的原文件", preview.Text, StringComparison.Ordinal);
        Assert.Contains($"{LessonPath}（增加 0 行，删除 4 行）", preview.Text, StringComparison.Ordinal);
        Assert.Equal(["确认", "取消"], preview.Buttons.Select(b => b.Text));
        Assert.Equal(edited, File.ReadAllBytes(LessonFile));

        _api.PressButton(Trainer, Trainer, preview.CreatedMessageId!.Value, preview.Buttons[1].Data);
        var cancelled = await _api.WaitForAsync(c => c.Method == "editMessageText" && c.MessageId == preview.CreatedMessageId, Wait.Long);
        Assert.Equal($"已取消恢复，{LessonPath} 未改动。", cancelled.Text);
        Assert.Empty(cancelled.Buttons);
        Assert.Equal(edited, File.ReadAllBytes(LessonFile));

        var second = await PreviewAsync(skip: 1);
        _api.PressButton(Trainer, Trainer, second.CreatedMessageId!.Value, second.Buttons[0].Data);
        var restored = await _api.WaitForAsync(c => c.Method == "editMessageText" && c.MessageId == second.CreatedMessageId, Wait.Long);
        Assert.Contains($"已将 {LessonPath} 恢复为第 1 版的内容（记为第 3 版）", restored.Text, StringComparison.Ordinal);
        Assert.Equal(_original, File.ReadAllBytes(LessonFile));

        // The first preview's 确认 is still on screen in an older client: it is out of date now.
        _api.PressButton(Trainer, Trainer, preview.CreatedMessageId.Value, preview.Buttons[0].Data);
        var refused = await _api.WaitForAsync(c => c.Method == "answerCallbackQuery" && c.Parameter("text") is { Length: > 0 }, Wait.Long);
        Assert.Contains("又有了新版本，未恢复", refused.Parameter("text"), StringComparison.Ordinal);
        Assert.Equal(3, await _bot.QueryAsync(db => Task.FromResult(db.ContentVersions.Count())));
    }
}
