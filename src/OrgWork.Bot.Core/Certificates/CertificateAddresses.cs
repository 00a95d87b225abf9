using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>The public addresses of a certificate: its verify page and its PDF.</summary>
public sealed class CertificateAddresses(IOptions<PublicWebOptions> options)
{
    private readonly string _base = options.Value.PublicUrl.TrimEnd('/');

    public string Verify(string serial) => $"{_base}/verify/{serial}";

    public string Pdf(string serial) => $"{_base}/certificates/{serial}.pdf";

    /// <summary>The first of <paramref name="urls"/> (<c>Http:Urls</c>), a wildcard host named as localhost.</summary>
    public static string FromListenUrls(string? urls)
    {
        var first = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return "http://127.0.0.1:5080";
        }

        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return first.TrimEnd('/');
    }
}
