using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>Webhook mode: the service registers itself and takes updates on <c>POST /telegram/webhook</c>.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const long User = 8001;
    private const string Secret = "s3cret_for-tests";
    private const string PublicUrl = "https://bot.example.org/telegram/webhook";
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;
    private int _updateIds = 500;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = await RunningBot.StartAsync(_api, _folder, $"--Telegram:WebhookUrl={PublicUrl}", $"--Telegram:WebhookSecret={Secret}");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task StartUpSetsTheWebhookWithSecretAndAllowedUpdates()
    {
        var set = await _api.WaitForAsync(c => c.Method == "setWebhook", Wait.Long);
        Assert.Equal(PublicUrl, set.Parameter("url"));
        Assert.Equal(Secret, set.Parameter("secret_token"));
        var allowed = set.Parameters["allowed_updates"]!.AsArray().Select(u => u!.ToString()).ToList();
        Assert.Equal(["message", "callback_query", "my_chat_member"], allowed);
        Assert.DoesNotContain(_api.Calls, c => c.Method == "getUpdates");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("s3cret_for-test")]
    public async Task AWrongOrMissingSecretIsForbiddenAndNothingHappens(string? secret)
    {
        using var response = await PostAsync(NewUpdate("/start"), secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await _bot.QueryAsync(db => db.ProcessedUpdates.AnyAsync()));
    }

    [Fact]
    public async Task TheSameUpdateDeliveredTwiceIsAppliedOnce()
    {
        var update = NewUpdate("/start");
        using var first = await PostAsync(update, Secret);
        using var second = await PostAsync(update, Secret);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        using var marker = await PostAsync(NewUpdate("/help"), Secret);
        await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long, skip: 1);

        Assert.Equal(2, _api.Calls.Count(c => c.Method == "sendMessage"));
        Assert.Equal(2, await _bot.QueryAsync(db => db.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task ABodyThatIsNoUpdateIsABadRequest()
    {
        using var content = new StringContent("not json", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.Address, "/telegram/webhook")) { Content = content };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnUpdateWhoseTextIsOverTheLimitIsAnsweredWithTheLimitAndNeitherProcessedNorRecorded()
    {
        using var response = await PostAsync(NewUpdate("/start " + new string('长', InputLimits.MaxTextLength)), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == User, Wait.Long);
        Assert.Equal(InputLimits.TooLongText, notice.Text);
        Assert.False(await _bot.QueryAsync(db => db.ProcessedUpdates.AnyAsync()));
        Assert.False(await _bot.QueryAsync(db => db.Learners.AnyAsync(l => l.Id == User)));
    }

    [Fact]
    public async Task ABodyAnnouncedOverOneMegabyteIsRefusedBeforeAByteOfItIsSent()
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_bot.Address.Host, _bot.Address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /telegram/webhook HTTP/1.1\r\nHost: {_bot.Address.Authority}\r\nContent-Type: application/json\r\n"
            + $"X-Telegram-Bot-Api-Secret-Token: {Secret}\r\nContent-Length: {25 * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync().WaitAsync(Wait.Long);

        Assert.StartsWith("HTTP/1.1 413", statusLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpdateOfUnannouncedLengthIsCutOffAtOneMegabyte()
    {
        // A valid update whose text never ends, sent chunked: read whole it would be 25 MB in one string.
        var body = new EndlessUpdateStream(25L * 1024 * 1024);
        using var content = new StreamContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.Address, "/telegram/webhook")) { Content = content };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var http = new HttpClient();

        HttpStatusCode? status = null;
        try
        {
            using var response = await http.SendAsync(request);
            status = response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // The service answered 413 and closed the connection while the rest was still being sent.
        }

        Assert.True(status is null or HttpStatusCode.RequestEntityTooLarge, $"answered {status}");
        // The sender stops well before the 25 MB: what it produced past the 1 MiB the service read sat in loopback
        // socket buffers, which the kernel sizes by itself (several MB were seen under load).
        Assert.True(body.Produced < 16 * 1024 * 1024, $"{body.Produced} bytes were taken");
        Assert.False(await _bot.QueryAsync(db => db.ProcessedUpdates.AnyAsync()));
    }

    private JsonObject NewUpdate(string text)
    {
        var update = _api.Updates.Text(User, text);
        update["update_id"] = ++_updateIds;
        return update;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject update, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.Address, "/telegram/webhook"))
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var http = new HttpClient();
        return await http.SendAsync(request);
    }
}

/// <summary>The start of a text update followed by its text, <c>x</c> after <c>x</c>, up to a length; counts what was taken.</summary>
internal sealed class EndlessUpdateStream(long length) : Stream
{
    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes(
        """{"update_id":1,"message":{"message_id":1,"date":0,"chat":{"id":8001,"type":"private"},"from":{"id":8001,"is_bot":false,"first_name":"A"},"text":" """.TrimEnd());

    private long _produced;

    public long Produced => Interlocked.Read(ref _produced);

    public override long Length => length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Position { get => Produced; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var at = Produced;
        var n = (int)Math.Min(count, length - at);
        for (var i = 0; i < n; i++)
        {
            buffer[offset + i] = at + i < Prefix.Length ? Prefix[at + i] : (byte)'x';
        }

        Interlocked.Add(ref _produced, n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
