using System.ComponentModel.DataAnnotations;
using System.Net;

namespace OrgWork.Bot.Hosting;

/// <summary>Where the service listens for HTTP (health, metrics, webhook, web chat), and which proxies it believes.</summary>
public sealed class HttpOptions : IValidatableObject
{
    public const string SectionName = "Http";

    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Reverse proxies (addresses, or networks such as <c>172.16.0.0/12</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed, besides loopback: then the client's address and the public scheme
    /// (for the Secure cookie flag and the login widget's return address) are those the proxy saw.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>The trusted proxies as networks (an address is a network of one); values that are neither are left out.</summary>
    public IEnumerable<IPNetwork> TrustedNetworks() =>
        TrustedProxies.Select(ParseNetwork).OfType<IPNetwork>();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TrustedProxies.Where(p => ParseNetwork(p) is null).Select(p => new ValidationResult(
            $"{SectionName}:{nameof(TrustedProxies)}: \"{p}\" is neither an IP address nor a network such as 172.16.0.0/12",
            [nameof(TrustedProxies)]));

    private static IPNetwork? ParseNetwork(string value)
    {
        var text = value.Trim();
        if (IPAddress.TryParse(text, out var address))
        {
            return new IPNetwork(address, address.GetAddressBytes().Length * 8);
        }

        return IPNetwork.TryParse(text, out var network) ? network : null;
    }
}
