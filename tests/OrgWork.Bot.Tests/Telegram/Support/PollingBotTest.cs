using OrgWork.Bot.FakeTelegram;

namespace OrgWork.Bot.Tests.Telegram.Support;

/// <summary>A test class's fresh fake Bot API and a bot polling it, started before each test and stopped after.</summary>
public abstract class PollingBotTest : IAsyncLifetime
{
    private readonly TestFolder _folder = new();

    private protected FakeBotApi Api { get; private set; } = null!;

    private protected RunningBot Bot { get; private set; } = null!;

    private protected TestFolder Folder => _folder;

    public async Task InitializeAsync()
    {
        Api = await FakeBotApi.StartAsync();
        Bot = await RunningBot.StartAsync(Api, _folder);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
        _folder.Delete();
    }
}
