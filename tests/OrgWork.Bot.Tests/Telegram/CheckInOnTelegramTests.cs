using System.Text.RegularExpressions;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Support;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>
/// Check-in at a class session on Telegram against the fake Bot API: the trainer's /checkin is a QR photo whose caption
/// has the web address and the bot's t.me deep link; the member's /start ck_CODE (what the link opens) checks in once.
/// </summary>
public sealed partial class CheckInOnTelegramTests : IAsyncLifetime
{
    private const long Trainer = 5401;
    private const long Member = 5402;

    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        CheckInContent.Write(_folder.ContentRoot);
        _api = await FakeBotApi.StartAsync();
        _bot = await RunningBot.StartAsync(_api, _folder, $"--Bot:Admins:0={Trainer}", "--Web:PublicUrl=https://xuexi.example.cn");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task TheTrainersPhotoCarriesTheWebAddressAndTheDeepLinkWhoseCodeChecksAMemberInOnce()
    {
        await EnrolAsync();

        _api.SendText(Trainer, "/checkin");
        var photo = await _api.WaitForAsync(c => c.Method == "sendPhoto" && c.ChatId == Trainer, Wait.Long);
        var caption = photo.Text ?? "";
        var code = DeepLinkCode().Match(caption) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException("no deep link in:\n" + caption);
        Assert.Contains($"签到地址：https://xuexi.example.cn/checkin/{code}", caption, StringComparison.Ordinal);
        Assert.Contains($"https://t.me/{FakeBotApi.BotUsername}?start=ck_{code}", caption, StringComparison.Ordinal);

        _api.SendText(Member, $"/start ck_{code}");
        var done = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Member && (c.Text ?? "").Contains("签到成功", StringComparison.Ordinal), Wait.Long);
        _api.SendText(Member, $"/start ck_{code}");
        var again = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Member && (c.Text ?? "").Contains("已签到", StringComparison.Ordinal), Wait.Long);

        Assert.Contains(CheckInContent.FirstSessionTitle, done.Text ?? "", StringComparison.Ordinal);
        Assert.Contains(CheckInContent.ClassTitle, again.Text ?? "", StringComparison.Ordinal);
    }

    /// <summary>The member enrols as on a phone: /classes, the class, 报名.</summary>
    private async Task EnrolAsync()
    {
        _api.SendText(Member, "/classes");
        var list = await _api.WaitForAsync(c => c.ChatId == Member && c.Buttons.Any(b => b.Text.Contains(CheckInContent.ClassTitle, StringComparison.Ordinal)), Wait.Long);
        _api.PressButton(Member, Member, list.CreatedMessageId!.Value, list.Buttons.First(b => b.Text.Contains(CheckInContent.ClassTitle, StringComparison.Ordinal)).Data);
        var page = await _api.WaitForAsync(c => c.ChatId == Member && c.Buttons.Any(b => b.Text == "报名"), Wait.Long);
        _api.PressButton(Member, Member, page.CreatedMessageId ?? page.MessageId!.Value, page.Buttons.First(b => b.Text == "报名").Data);
        await _api.WaitForAsync(c => c.ChatId == Member && (c.Text ?? "").Contains("报名成功", StringComparison.Ordinal), Wait.Long);
    }

    [GeneratedRegex(@"\?start=ck_([A-Za-z0-9_-]+)")]
    private static partial Regex DeepLinkCode();
}
