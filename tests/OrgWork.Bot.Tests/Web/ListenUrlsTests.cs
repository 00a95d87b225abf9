using Microsoft.Extensions.Configuration;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

/// <summary>Which addresses count: ASP.NET Core's settings over <c>Http:Urls</c>, so local sign-in never opens on a public address.</summary>
public class ListenUrlsTests
{
    [Fact]
    public void HttpUrlsIsTheDefaultWhenNothingElseIsGiven()
    {
        var configuration = Configuration(("Http:Urls", "http://127.0.0.1:5080"));

        Assert.False(ListenUrls.AreConfiguredByAspNetCore(configuration));
        Assert.Equal("http://127.0.0.1:5080", ListenUrls.Effective(configuration));
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:5080")]
    [InlineData("http_ports", "5080")]
    [InlineData("Kestrel:Endpoints:Main:Url", "http://0.0.0.0:5080")]
    public void AspNetCoresOwnSettingsWinAndAPublicOneTurnsLocalSignInOff(string key, string value)
    {
        var configuration = Configuration(("Http:Urls", "http://127.0.0.1:5080"), (key, value));

        Assert.True(ListenUrls.AreConfiguredByAspNetCore(configuration));
        Assert.False(LoopbackUrls.AreAllLoopback(ListenUrls.Effective(configuration)));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
