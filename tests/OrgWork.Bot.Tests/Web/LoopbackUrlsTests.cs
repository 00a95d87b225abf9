using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

public class LoopbackUrlsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080;http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://192.168.1.5:5080", false)]
    [InlineData("", false)]
    public void LocalSignInNeedsEveryAddressToBeLoopback(string urls, bool loopback) => Assert.Equal(loopback, LoopbackUrls.AreAllLoopback(urls));
}
