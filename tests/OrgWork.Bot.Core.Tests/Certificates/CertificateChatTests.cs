using System.Buffers.Binary;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Certificates;

/// <summary><c>/certificates</c> in chat: the list, a button per certificate that sends its image to its holder only.</summary>
public sealed class CertificateChatTests
{
    private static readonly CertificateGrant Exam = new(CertificateSource.Exam, "charter-2026", "2026年党章知识考试", 1.5);

    [Fact]
    public async Task AMemberWithoutCertificatesIsToldHowToEarnOne()
    {
        await using var bot = await TestBot.StartAsync(StorageProvider.Sqlite);

        var reply = await bot.SendAsync("/certificates");

        Assert.Contains("还没有结业证书", Assert.Single(reply.Replies).Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheListShowsEachCertificateAndItsButtonSendsThePicture()
    {
        await using var bot = await TestBot.StartAsync(StorageProvider.Sqlite, settings: new Dictionary<string, string?> { ["Web:PublicUrl"] = "https://xuexi.example.cn/" });
        await bot.SendAsync("/start");
        var certificate = await CertificateIssuingTests.IssueAsync(bot, 1001, Exam);

        var list = await bot.SendAsync("证书");
        var picture = await bot.PressAsync(list, "2026年党章知识考试");

        var text = Assert.Single(list.Replies).Text.Plain;
        Assert.Contains("我的结业证书（1 张）", text, StringComparison.Ordinal);
        Assert.Contains("1.5 学时", text, StringComparison.Ordinal);
        Assert.Contains("2026年3月2日", text, StringComparison.Ordinal);
        Assert.Contains(CertificateSerial.Display(certificate.Serial), text, StringComparison.Ordinal);
        var reply = Assert.Single(picture.Replies);
        Assert.Contains($"https://xuexi.example.cn/verify/{certificate.Serial}", reply.Text.Plain, StringComparison.Ordinal);
        var png = Assert.IsType<ReplyImage>(reply.Image).Png.ToArray();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal((1600, 1131), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.InRange(png.Length, 20_000, 3_000_000);
    }

    [Fact]
    public async Task AnotherMemberPressingTheButtonGetsNoPicture()
    {
        await using var bot = await TestBot.StartAsync(StorageProvider.Sqlite);
        await bot.SendAsync("/start");
        await bot.SendAsync("/start", 1002);
        var certificate = await CertificateIssuingTests.IssueAsync(bot, 1001, Exam);

        var pressed = await bot.PressAsync(CertificateButton.For(certificate.Serial), userId: 1002);

        Assert.Empty(pressed.Replies);
        Assert.Equal(UiText.CertificateGone, pressed.Toast);
    }

    [Fact]
    public async Task ARevokedCertificateIsMarkedAndItsButtonSaysSo()
    {
        await using var bot = await TestBot.StartAsync(StorageProvider.Sqlite);
        await bot.SendAsync("/start");
        var certificate = await CertificateIssuingTests.IssueAsync(bot, 1001, Exam);
        await bot.Services.GetRequiredService<CertificateRevocation>().RevokeAsync(certificate.Serial, "信息有误", null, CancellationToken.None);

        var list = await bot.SendAsync("/certificates");
        var pressed = await bot.PressAsync(list, "2026年党章知识考试");

        Assert.Contains("（已撤销）", Assert.Single(list.Replies).Text.Plain, StringComparison.Ordinal);
        var reply = Assert.Single(pressed.Replies);
        Assert.Null(reply.Image);
        Assert.Contains("已于 2026年3月2日 撤销", reply.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeCountsTheValidCertificates()
    {
        await using var bot = await TestBot.StartAsync(StorageProvider.Sqlite);
        await bot.SendAsync("/start");
        await CertificateIssuingTests.IssueAsync(bot, 1001, Exam);

        var me = await bot.SendAsync("/me");

        Assert.Contains("结业证书：1 张", Assert.Single(me.Replies).Text.Plain, StringComparison.Ordinal);
    }
}
