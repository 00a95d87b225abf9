using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.Chat;

namespace OrgWork.Bot.Tests.Web;

/// <summary>
/// The web chat streams a model's answer into the pending bubble: a page that accepts NDJSON gets the text so far as
/// the fake server streams it, then the committed reply; an answer without a model stays plain JSON.
/// </summary>
public sealed class StreamingChatTests : IAsyncLifetime
{
    private static readonly string[] Pieces = ["生活确有困难的党员，", "经批准可以少交", "或者免交党费[1]。"];
    private readonly TestFolder _folder = new();
    private FakeOpenAiServer _model = null!;
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync()
    {
        _model = await FakeOpenAiServer.StartAsync();
        _model.StreamPieces = Pieces;
        _model.Reply = string.Concat(Pieces);
        var policies = Path.Combine(_folder.ContentRoot, "policies");
        Directory.CreateDirectory(policies);
        await File.WriteAllTextAsync(Path.Combine(policies, "dangfei.md"), """
            ---
            title: 党费收缴使用管理规定
            ---
            ## 第二章 收缴与减免

            第九条 对于生活确有困难的党员，经党支部委员会讨论并报上一级党委批准，可以少交或者免交党费。
            """);
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _folder.ConnectionString, $"--Ai:Endpoint={_model.Endpoint}", "--Ai:ChatModel=test-model", "--Ai:Streaming=true");
        await _host.Services.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _model.ReleaseStream();
        await _host.DisposeAsync();
        await _model.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task PartialTextArrivesBeforeTheModelHasFinishedAndTheCommittedReplyComesLast()
    {
        using var member = new WebSession(_host.Address);
        using var signedIn = await member.SignInLocallyAsync("学员乙");
        _model.HoldStreamAfter(2);

        using var response = await PostAsync(member, "生活困难的党员可以免交党费吗？");
        Assert.Equal(ChatStreaming.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var lines = new StreamReader(await response.Content.ReadAsStreamAsync());
        var partials = new List<string>();
        while (!partials.Contains(Pieces[0] + Pieces[1]))
        {
            var line = JsonDocument.Parse((await lines.ReadLineAsync())!);
            partials.Add(line.RootElement.GetProperty("partial").GetString()!);
        }

        Assert.Equal(2, _model.StreamPiecesSent);
        _model.ReleaseStream();
        var rest = (await lines.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var final = JsonDocument.Parse(rest[^1]).RootElement.GetProperty("result").Deserialize<ChatResponse>(JsonSerializerOptions.Web)!;
        Assert.All(rest[..^1], line => Assert.True(JsonDocument.Parse(line).RootElement.TryGetProperty("partial", out _), line));
        var answer = Assert.Single(final.Messages);
        Assert.StartsWith(_model.Reply, answer.Html, StringComparison.Ordinal);
        Assert.Contains(answer.Buttons.SelectMany(r => r), b => b.Label == UiText.ButtonHelpful);
    }

    [Fact]
    public async Task AReplyWithoutAModelIsPlainJson()
    {
        using var member = new WebSession(_host.Address);
        using var signedIn = await member.SignInLocallyAsync("学员丙");

        using var response = await PostAsync(member, "/help");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var reply = (await response.Content.ReadFromJsonAsync<ChatResponse>())!;
        Assert.Contains(UiText.HelpTitle, reply.Messages[0].Html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(WebSession session, string text)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri("/chat/send", UriKind.Relative))
        {
            Content = JsonContent.Create(new ChatRequest(text, null, Guid.NewGuid().ToString("N"))),
        };
        message.Headers.Add("X-CSRF-TOKEN", session.ChatToken);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ChatStreaming.ContentType));
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await session.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
    }
}
