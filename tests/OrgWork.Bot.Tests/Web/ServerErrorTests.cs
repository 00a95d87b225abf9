using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OrgWork.Bot.Cli;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Web;

/// <summary>An unhandled exception becomes a 500 in Chinese — page or problem details — and its details stay in the log.</summary>
public class ServerErrorTests
{
    private const string Secret = "connection string with password=hunter2";

    [Theory]
    [InlineData("text/html", "text/html")]
    [InlineData("application/json", "application/problem+json")]
    public async Task AFailingEndpointAnswers500InChineseWithoutTheExceptionsDetails(string accept, string expectedType)
    {
        using var work = new WorkFolder();
        await using var app = await ServeVerb.CreateAppAsync(
        [
            .. work.Settings(BotProcess.ShippedContent),
            "--Content:Watch=false",
            "--Http:Urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=None",
        ], CancellationToken.None);
        app.MapGet("/test/fails", IResult () => throw new InvalidOperationException(Secret));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/test/fails");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        await app.StopAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(expectedType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(UiText.ErrorServerTitle, body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
