using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Tests.Conversation;

public class ButtonPayloadTests
{
    [Fact]
    public void APayloadRoundTrips()
    {
        var data = ButtonPayload.Create("l", "ab12cd34", "3");

        Assert.True(ButtonPayload.TryParse(data, out var payload));
        Assert.Equal("l", payload.Action);
        Assert.Equal("ab12cd34", payload.Argument(0));
        Assert.Equal(3, payload.NumberArgument(1));
        Assert.Null(payload.Argument(2));
    }

    [Fact]
    public void PayloadsCarryTheirVersion() => Assert.StartsWith("1:", ButtonPayload.Create("cat"), StringComparison.Ordinal);

    [Fact]
    public void AnOversizedPayloadIsRefusedWhenCreated() =>
        Assert.Throws<ArgumentException>(() => ButtonPayload.Create("x", new string('a', 70)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("0:c:abc")]
    [InlineData("1::abc")]
    public void MalformedDataDoesNotParse(string? data) => Assert.False(ButtonPayload.TryParse(data, out _));
}
