using Microsoft.AspNetCore.Http;

namespace OrgWork.Bot.Hosting;

public static class BodySizeLimitExtensions
{
    /// <summary>Refuses a request body over <paramref name="maxBytes"/> with 413 Payload Too Large (see <see cref="BodySizeLimit"/>).</summary>
    public static TBuilder WithBodySizeLimit<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodySizeLimit(maxBytes));
}
