using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OrgWork.Bot.Web.Chat;

namespace OrgWork.Bot.Tests.Web.Support;

/// <summary>A browser-like HTTP client of the web chat: keeps cookies, reads antiforgery tokens from the pages, follows no redirects.</summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient _http;

    public WebSession(Uri address)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    /// <summary>The antiforgery token of the chat page, sent as the <c>X-CSRF-TOKEN</c> header of chat posts.</summary>
    public string? ChatToken { get; private set; }

    public async Task<HttpResponseMessage> SignInLocallyAsync(string name)
    {
        var token = FormToken(await GetStringAsync("/signin"));
        var response = await PostFormAsync("/signin/local", new() { ["__RequestVerificationToken"] = token, ["name"] = name, ["returnUrl"] = "/" });
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            ChatToken = MetaToken(await GetStringAsync("/"));
        }

        return response;
    }

    /// <summary>
    /// The same browser reaching another instance of the service (as behind a load balancer): its cookies and
    /// chat token, sent to <paramref name="other"/>.
    /// </summary>
    public WebSession MoveTo(Uri other)
    {
        var moved = new WebSession(other) { ChatToken = ChatToken };
        foreach (Cookie cookie in Cookies.GetAllCookies())
        {
            moved.Cookies.Add(other, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        return moved;
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields) =>
        _http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<HttpResponseMessage> PostChatAsync(ChatRequest request, bool withToken = true)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri("/chat/send", UriKind.Relative)) { Content = JsonContent.Create(request) };
        if (withToken && ChatToken is not null)
        {
            message.Headers.Add("X-CSRF-TOKEN", ChatToken);
        }

        return await _http.SendAsync(message);
    }

    /// <summary>Uploads a file as the page's attach button does: the file is the body, its name in the query.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string name, byte[] content, bool withToken = true)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"/chat/upload?name={Uri.EscapeDataString(name)}", UriKind.Relative))
        {
            Content = new ByteArrayContent(content),
        };
        message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        if (withToken && ChatToken is not null)
        {
            message.Headers.Add("X-CSRF-TOKEN", ChatToken);
        }

        return await _http.SendAsync(message);
    }

    public async Task<ChatResponse> UploadAsync(string name, byte[] content) => await ReadAsync(await PostFileAsync(name, content));

    public async Task<ChatResponse> SendAsync(string text) => await ReadAsync(await PostChatAsync(new ChatRequest(text, null, null)));

    public async Task<ChatResponse> PressAsync(ChatResponse previous, string label)
    {
        var button = previous.Messages.SelectMany(m => m.Buttons).SelectMany(r => r).FirstOrDefault(b => b.Label.Contains(label, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"no button '{label}'");
        return await ReadAsync(await PostChatAsync(new ChatRequest(null, button.Data, null)));
    }

    public static string FormToken(string page) =>
        FormTokenPattern().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new Xunit.Sdk.XunitException("no antiforgery field in:\n" + page);

    public void Dispose() => _http.Dispose();

    private static async Task<ChatResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<ChatResponse>())!;
        }
    }

    private static string MetaToken(string page) =>
        MetaTokenPattern().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new Xunit.Sdk.XunitException("no csrf meta in:\n" + page);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"\\s*/?>")]
    private static partial Regex MetaTokenPattern();
}
