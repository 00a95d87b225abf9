using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace OrgWork.Bot.Web;

/// <summary>
/// <c>GET /assets/{name}</c>: the embedded file with a content-hash ETag (a matching <c>If-None-Match</c> is answered
/// 304 without the body). Asked for with its current version (<c>?v=</c>, as the pages link it) it may be cached for a
/// year unchanged; without it (an old page, a hand-typed address) for five minutes.
/// </summary>
public static class WebAssetsApi
{
    public const string VersionedCacheControl = "public, max-age=31536000, immutable";
    public const string UnversionedCacheControl = "public, max-age=300";

    public static IEndpointRouteBuilder MapWebAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(WebAssets.RoutePrefix + "{name}", Get);
        return app;
    }

    private static Results<FileContentHttpResult, NotFound> Get(string name, string? v, HttpContext context)
    {
        if (WebAssets.Shared.Find(name) is not { } asset)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = v == asset.Version ? VersionedCacheControl : UnversionedCacheControl;
        return TypedResults.Bytes(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue(asset.ETag));
    }
}
