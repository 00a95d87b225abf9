namespace OrgWork.Bot.Hosting;

/// <summary>
/// Where the service listens. ASP.NET Core's own settings win: <c>ASPNETCORE_URLS</c> (or <c>--urls</c>),
/// <c>ASPNETCORE_HTTP_PORTS</c>/<c>ASPNETCORE_HTTPS_PORTS</c> and <c>Kestrel:Endpoints</c>; <c>Http:Urls</c> is the
/// default used only when none of them is given.
/// </summary>
public static class ListenUrls
{
    /// <summary>Whether any of ASP.NET Core's own listen settings is present, so <c>Http:Urls</c> must not be applied.</summary>
    public static bool AreConfiguredByAspNetCore(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    /// <summary>The effective addresses, separated by <c>;</c> (ports alone become wildcard addresses, which are not loopback).</summary>
    public static string Effective(IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration["urls"]))
        {
            return configuration["urls"]!;
        }

        var addresses = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"])
            .Concat(Ports(configuration["http_ports"], "http"))
            .Concat(Ports(configuration["https_ports"], "https"))
            .Where(url => !string.IsNullOrWhiteSpace(url))
            .ToList();
        if (addresses.Count > 0 || AreConfiguredByAspNetCore(configuration))
        {
            return string.Join(';', addresses);
        }

        return configuration.GetSection(HttpOptions.SectionName).Get<HttpOptions>()?.Urls ?? new HttpOptions().Urls;
    }

    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(port => $"{scheme}://*:{port}");
}
