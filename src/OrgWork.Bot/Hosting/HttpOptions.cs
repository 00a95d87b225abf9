namespace OrgWork.Bot.Hosting;

/// <summary>Where the service listens for HTTP (health, metrics, webhook).</summary>
public sealed class HttpOptions
{
    public const string SectionName = "Http";

    public string Urls { get; set; } = "http://127.0.0.1:5080";
}
