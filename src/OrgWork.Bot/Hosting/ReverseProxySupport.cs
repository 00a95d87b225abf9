using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Hosting;

/// <summary>
/// Behind nginx (deploy/) the service sees the proxy's address and plain HTTP. Forwarded headers from loopback
/// and from <see cref="HttpOptions.TrustedProxies"/> restore the client's address and the public scheme;
/// headers from anyone else are ignored.
/// </summary>
public static class ReverseProxySupport
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HttpOptions>>((options, http) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in http.Value.TrustedNetworks())
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>Must come before anything that reads the scheme or the client's address.</summary>
    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
