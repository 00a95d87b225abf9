using System.Net;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>Whether every address in an <c>Http:Urls</c> value (separated by <c>;</c>) is reachable from this machine only.</summary>
public static class LoopbackUrls
{
    public static bool AreAllLoopback(string urls)
    {
        var entries = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return entries.Length > 0 && entries.All(IsLoopback);
    }

    private static bool IsLoopback(string url)
    {
        // Kestrel's wildcards (http://*:5080, http://+:5080) are not valid URIs and mean every interface.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
