using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.ScaleOut.Support;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.ScaleOut;

/// <summary>
/// Two real service instances in webhook mode on one PostgreSQL database, as behind a load balancer: what
/// both receive at once is applied once.
/// </summary>
public sealed class SeveralInstancesTests : TwoWebhookInstancesTest
{
    private const long User = 8101;
    private int _updateIds = 7000;

    private protected override void Arrange() => Folder.AddQuizLesson();

    [SkippableFact]
    public async Task AnUpdateDeliveredToBothInstancesAtOnceIsAppliedOnce()
    {
        PostgresTestServer.RequireConnectionString();
        var update = Api.Updates.Text(User, "/start");
        update["update_id"] = ++_updateIds;

        var responses = await Task.WhenAll(PostAsync(First, update), PostAsync(Second, update));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r));
        await Api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        await MarkerRoundTripAsync();
        Assert.Equal(2, Api.CountOf("sendMessage"));
        Assert.Equal(2, await First.QueryAsync(db => db.ProcessedUpdates.CountAsync()));
    }

    [SkippableFact]
    public async Task TheSameAnswerPressedThroughBothInstancesScoresOnce()
    {
        PostgresTestServer.RequireConnectionString();
        await PostAsync(First, NewText("/quiz"));
        var list = await Api.WaitForAsync(c => c.Method == "sendMessage" && c.Buttons.Any(b => b.Text.Contains("演示课", StringComparison.Ordinal)), Wait.Long);
        await PostAsync(Second, NewPress(list, list.Buttons.First(b => b.Text.Contains("演示课", StringComparison.Ordinal)).Data));
        var question = await Api.WaitForAsync(c => c.Method is "sendMessage" or "editMessageText" && c.Buttons.Count >= 2 && (c.Text ?? "").Contains("第 1/", StringComparison.Ordinal), Wait.Long);
        var option = question.Buttons[0].Data;

        // Two deliveries (two taps, two update ids), each to another instance, at the same moment.
        var responses = await Task.WhenAll(PostAsync(First, NewPress(question, option)), PostAsync(Second, NewPress(question, option)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r));
        var answers = await First.QueryAsync(db => db.QuizAnswers.CountAsync());
        Assert.Equal(1, answers);
        var points = await First.QueryAsync(db => db.PointEntries.Where(p => p.LearnerId == User).CountAsync());
        Assert.True(points <= 1, $"one answer, so at most one point entry for it (found {points})");
    }

    /// <summary>Sends one more update and waits for its reply, so everything sent before it has been sent.</summary>
    private async Task MarkerRoundTripAsync()
    {
        var before = Api.CountOf("sendMessage");
        await PostAsync(Second, NewText("/help"));
        await Api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long, skip: before);
    }

    private JsonObject NewText(string text)
    {
        var update = Api.Updates.Text(User, text);
        update["update_id"] = Interlocked.Increment(ref _updateIds);
        return update;
    }

    private JsonObject NewPress(ApiCall message, string data)
    {
        var update = Api.Updates.Button(User, User, message.CreatedMessageId ?? message.MessageId ?? 0, data);
        update["update_id"] = Interlocked.Increment(ref _updateIds);
        return update;
    }
}
