using System.Collections.Frozen;
using System.Security.Cryptography;

namespace OrgWork.Bot.Web;

/// <summary>
/// The web chat's script and stylesheet, embedded in the program (no front-end build, nothing to deploy beside it).
/// Pages link them with their content hash (<c>/assets/site.css?v=…</c>), so a browser may keep them for a year and
/// still gets a new file after an upgrade.
/// </summary>
public sealed class WebAssets
{
    public const string RoutePrefix = "/assets/";

    private static readonly Lazy<WebAssets> Embedded = new(() => new WebAssets());

    private readonly FrozenDictionary<string, WebAsset> _files;

    private WebAssets()
    {
        var assembly = typeof(WebAssets).Assembly;
        const string prefix = "OrgWork.Bot.Web.Assets.";
        _files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[prefix.Length..], n => Load(assembly, n), StringComparer.Ordinal);
    }

    /// <summary>The files embedded in this program (read once).</summary>
    public static WebAssets Shared => Embedded.Value;

    /// <summary>The address of an asset, versioned by its content hash.</summary>
    public static string Path(string name) =>
        Shared.Find(name) is { } asset ? $"{RoutePrefix}{name}?v={asset.Version}" : RoutePrefix + name;

    public WebAsset? Find(string name) => _files.TryGetValue(name, out var file) ? file : null;

    private static WebAsset Load(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var content = memory.ToArray();
        var version = Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 8));
        return new WebAsset(content, ContentTypeOf(name), version);
    }

    private static string ContentTypeOf(string name) =>
        name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8"
        : name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8"
        : "application/octet-stream";
}
