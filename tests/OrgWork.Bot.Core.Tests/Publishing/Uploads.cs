using System.Globalization;
using System.IO.Compression;
using System.Text;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Publishing;

/// <summary>Sends files through the engine as a channel would, and builds zips for the tests.</summary>
public static class Uploads
{
    public const long Admin = 9001;
    public const long Trainer = 2001;
    public const long OtherTrainer = 2002;
    public const long Member = 1001;

    public static Task<TestBot> StartAsync(StorageProvider storage, IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?> { ["Bot:Admins:0"] = Admin.ToString(CultureInfo.InvariantCulture) };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return TestBot.StartAsync(storage, settings: all, configure: configure);
    }

    /// <summary>Starts a bot where <see cref="Trainer"/> and <see cref="OtherTrainer"/> are trainers.</summary>
    public static async Task<TestBot> StartWithTrainersAsync(StorageProvider storage, IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        var bot = await StartAsync(storage, settings, configure);
        foreach (var id in new[] { Trainer, OtherTrainer })
        {
            await bot.SendAsAsync("/start", id);
            await bot.SendAsAsync($"/grant {id} trainer", Admin);
        }

        return bot;
    }

    public static string NameOf(long userId) => userId switch
    {
        Trainer => "王讲师",
        OtherTrainer => "李讲师",
        Admin => "管理员",
        _ => "测试学员",
    };

    /// <summary>Presses a button as the person, under their own display name (TestBot's presses rename everyone 测试学员).</summary>
    public static Task<ConversationResult> PressAsAsync(this TestBot bot, ConversationResult result, string label, long userId) =>
        bot.Engine.HandleAsync(ChatInput.FromButton(bot.Channel, $"chat-{userId}", userId, TestBot.FindButton(result, label).Data, NameOf(userId)), CancellationToken.None);

    public static Task<ConversationResult> SendAsAsync(this TestBot bot, string text, long userId) =>
        bot.Engine.HandleAsync(ChatInput.FromText(bot.Channel, $"chat-{userId}", userId, text, NameOf(userId)), CancellationToken.None);

    /// <summary><c>/rollback ARGUMENTS</c>, then 确认 under its preview.</summary>
    public static async Task<ConversationResult> RollBackAsync(this TestBot bot, string arguments, long userId) =>
        await bot.PressAsAsync(await bot.SendAsAsync("/rollback " + arguments, userId), "确认", userId);

    public static Task<ConversationResult> SendFileAsync(this TestBot bot, string name, byte[] content, long userId = Trainer, long? announcedLength = null) =>
        bot.Engine.HandleAsync(
            new ChatInput
            {
                Channel = bot.Channel,
                ChatId = $"chat-{userId}",
                UserId = userId,
                DisplayName = NameOf(userId),
                Kind = InputKind.File,
                File = new InputFile(name, announcedLength ?? content.Length, _ => Task.FromResult<Stream>(new MemoryStream(content))),
            },
            CancellationToken.None);

    public static Task<ConversationResult> SendFileAsync(this TestBot bot, string name, string text, long userId = Trainer) =>
        bot.SendFileAsync(name, Encoding.UTF8.GetBytes(text), userId);

    public static Task<ConversationResult> SendFixtureAsync(this TestBot bot, string fixture, long userId = Trainer) =>
        bot.SendFileAsync(fixture, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", fixture)), userId);

    public static byte[] Zip(params (string Name, string Text)[] entries) =>
        Zip(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Text))).ToArray());

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static string AllText(ConversationResult result) => string.Join("\n", result.Replies.Select(r => r.Text.Plain)) + (result.Toast is { } toast ? "\n" + toast : "");

    public static string Lesson(string title, string body = "正文。") => $"---\ntitle: {title}\nminutes: 5\n---\n{body}\n";

    /// <summary>Every file under the content folder with its bytes, to show nothing changed.</summary>
    public static Dictionary<string, string> Snapshot(TempContent content) =>
        Directory.EnumerateFiles(content.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(content.Root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
