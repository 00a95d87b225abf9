using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Terminal;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary>The terminal chat prints a model's answer as the fake server streams it, then only what the stream did not show.</summary>
public sealed class ChatStreamingTests : IAsyncLifetime
{
    private static readonly string[] Pieces = ["生活确有困难的党员，", "经批准可以少交", "或者免交党费[1]。"];
    private FakeOpenAiServer _model = null!;

    public async Task InitializeAsync()
    {
        _model = await FakeOpenAiServer.StartAsync();
        _model.StreamPieces = Pieces;
        _model.Reply = string.Concat(Pieces);
    }

    public async Task DisposeAsync()
    {
        _model.ReleaseStream();
        await _model.DisposeAsync();
    }

    [Fact]
    public async Task TheAnswerIsPrintedAsItIsWrittenAndTheSourcesAndButtonsFollow()
    {
        using var work = new WorkFolder();
        var content = Path.Combine(work.Path, "content");
        Directory.CreateDirectory(Path.Combine(content, "policies"));
        await File.WriteAllTextAsync(Path.Combine(content, "policies", "dangfei.md"), """
            ---
            title: 党费收缴使用管理规定
            ---
            ## 第二章 收缴与减免

            第九条 对于生活确有困难的党员，经党支部委员会讨论并报上一级党委批准，可以少交或者免交党费。
            """);
        using var host = OrgWorkHost.CreateToolBuilder(
            [.. work.Settings(content), $"--Ai:Endpoint={_model.Endpoint}", "--Ai:ChatModel=test-model", "--Ai:Streaming=true", "--Logging:LogLevel:Default=Warning"]).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await host.Services.GetRequiredService<CatalogueStore>().ReloadAsync(CancellationToken.None);
        await host.Services.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);
        var output = new RecordingWriter();
        var channel = new TerminalChannel(host.Services.GetRequiredService<IConversationEngine>(), new StringReader("生活困难的党员可以免交党费吗？\n"), output);
        _model.HoldStreamAfter(2);

        var chatting = channel.RunAsync(77, "测试", CancellationToken.None);
        await Eventually.TrueAsync(() => output.Text.Contains(Pieces[0] + Pieces[1], StringComparison.Ordinal), "the first two chunks were printed");

        Assert.Contains(UiText.TurnPending, output.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(UiText.PolicySourcesTitle, output.Text, StringComparison.Ordinal);
        _model.ReleaseStream();
        await chatting.WaitAsync(Eventually.Patience);
        var text = output.Text;
        var answer = text.IndexOf(_model.Reply, StringComparison.Ordinal);
        Assert.True(answer > text.IndexOf(UiText.TurnPending, StringComparison.Ordinal), text);
        Assert.Equal(answer, text.LastIndexOf(Pieces[0], StringComparison.Ordinal));
        Assert.True(text.IndexOf(UiText.PolicySourcesTitle, StringComparison.Ordinal) > answer, text);
        Assert.Contains("] " + UiText.ButtonHelpful, text, StringComparison.Ordinal);
    }

    /// <summary>A writer the test can read while the channel writes from the answer's thread.</summary>
    private sealed class RecordingWriter : TextWriter
    {
        private readonly StringBuilder _text = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }
    }
}
