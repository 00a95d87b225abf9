using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Telegram.Outbound;

namespace OrgWork.Bot.Tests.Telegram.Units;

public sealed class ReplyPlannerTests
{
    private const long User = 42;
    private const long Group = -100500;

    [Fact]
    public void AReplyThatReplacesItsSourceEditsThePressedMessage()
    {
        var input = Button(chat: User) with { SourceMessageId = "77" };
        var page = Text("第 2 页") with { ReplacesSource = true, Buttons = [[new Button("下一页", "1:l:x:3")]] };

        var batch = Assert.Single(ReplyPlanner.Plan(input, ConversationResult.Of(page)));
        var edit = Assert.Single(batch.Operations);
        Assert.Equal(OutboundKind.Edit, edit.Kind);
        Assert.Equal(77, edit.MessageId);
        Assert.Equal("1:l:x:3", edit.Buttons[0][0].Data);
    }

    [Fact]
    public void PrivateRepliesToAGroupInputGoToTheUsersPrivateChat()
    {
        var input = Button(chat: Group) with { IsPrivateChat = false, SourceMessageId = "5" };
        var score = Text("答对了 3 题") with { IsPrivate = true, ReplacesSource = true };
        var notice = Text("结果已私信发送");

        var batches = ReplyPlanner.Plan(input, ConversationResult.Of(score, notice));

        Assert.Equal([User, Group], batches.Select(b => b.ChatId));
        Assert.Equal(OutboundKind.Text, batches[0].Operations[0].Kind);
    }

    [Fact]
    public void AnImageCarriesItsTextAsCaptionOnlyWhenItFits()
    {
        var image = new ReplyImage("chart.png", new byte[] { 1, 2, 3 });
        var short_ = Text("完成率") with { Image = image };
        var long_ = Text(new string('字', 1100)) with { Image = image };

        var captioned = ReplyPlanner.ForReply(short_);
        var separate = ReplyPlanner.ForReply(long_);

        Assert.Equal(OutboundKind.Photo, Assert.Single(captioned).Kind);
        Assert.Equal("完成率", captioned[0].Html);
        Assert.Equal([OutboundKind.Photo, OutboundKind.Text], separate.Select(o => o.Kind));
        Assert.Equal("", separate[0].Html);
    }

    [Fact]
    public void TextOverTelegramsLimitIsSplitWithButtonsUnderTheLastPart()
    {
        var paragraph = string.Concat(Enumerable.Repeat("党员要认真学习党章。", 60));
        var text = new RichText(string.Join("\n\n", Enumerable.Repeat(paragraph, 8)), string.Join("\n\n", Enumerable.Repeat(paragraph, 8)));
        var reply = new Reply { Text = text, Buttons = [[new Button("返回", "1:cat")]] };

        var operations = ReplyPlanner.ForReply(reply);

        Assert.True(operations.Count > 1);
        Assert.All(operations, o => Assert.InRange(o.Plain.Length, 1, ReplyPlanner.MaxTextLength));
        Assert.All(operations.SkipLast(1), o => Assert.Empty(o.Buttons));
        Assert.Single(operations[^1].Buttons);
    }

    [Fact]
    public void AToastForTypedTextBecomesAMessage()
    {
        var input = ChatInput.FromText("telegram", "42", User, "/quiz");
        var batch = Assert.Single(ReplyPlanner.Plan(input, ConversationResult.Notice("已经答过了")));
        Assert.Equal("已经答过了", Assert.Single(batch.Operations).Plain);
    }

    private static ChatInput Button(long chat) =>
        ChatInput.FromButton("telegram", chat.ToString(System.Globalization.CultureInfo.InvariantCulture), User, "1:cat");

    private static Reply Text(string text) => ReplyFactory.Plain(text);
}
