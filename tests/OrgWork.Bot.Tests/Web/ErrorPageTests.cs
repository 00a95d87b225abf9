using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Tests.Web.Support;

namespace OrgWork.Bot.Tests.Web;

/// <summary>Errors without a body get one: a Chinese page for a browser, problem details (RFC 7807) for a program.</summary>
[Collection(WebHostGroup.Name)]
public class ErrorPageTests(WebHostFixture host)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task AnUnknownPageIsAChinesePageForABrowser()
    {
        using var web = new WebSession(host.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.Accept.ParseAdd(BrowserAccept);

        using var response = await web.Http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains(UiText.ErrorNotFoundTitle, html, StringComparison.Ordinal);
        Assert.Contains(UiText.WebChatLink, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownApiPathIsProblemDetailsWithAChineseTitle()
    {
        using var web = new WebSession(host.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chat/no-such-call");
        request.Headers.Accept.ParseAdd(BrowserAccept); // the path decides, whatever the client accepts

        using var response = await web.Http.SendAsync(request);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Equal(UiText.ErrorNotFoundTitle, problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task AJsonClientGetsProblemDetailsOnAnyPath()
    {
        using var web = new WebSession(host.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await web.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AssetsCarryAContentHashETagAndAreNotSentAgainWhenItMatches()
    {
        using var web = new WebSession(host.Address);
        var signIn = await web.GetStringAsync("/signin");
        var link = System.Text.RegularExpressions.Regex.Match(signIn, "/assets/site\\.css\\?v=([0-9a-f]+)");
        Assert.True(link.Success, signIn);

        using var first = await web.Http.GetAsync(new Uri(link.Value, UriKind.Relative));
        var etag = first.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, link.Value);
        again.Headers.IfNoneMatch.Add(etag!);
        using var second = await web.Http.SendAsync(again);
        using var unversioned = await web.Http.GetAsync(new Uri("/assets/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal($"\"{link.Groups[1].Value}\"", etag?.Tag);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal("public, max-age=300", unversioned.Headers.CacheControl?.ToString());
        Assert.Equal(etag, unversioned.Headers.ETag);
    }
}
