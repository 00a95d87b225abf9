using System.Collections.Frozen;

namespace OrgWork.Bot.Web;

/// <summary>The web chat's script and stylesheet, embedded in the program (no front-end build, nothing to deploy beside it).</summary>
public sealed class WebAssets
{
    public const string RoutePrefix = "/assets/";

    private readonly FrozenDictionary<string, (byte[] Content, string ContentType)> _files;

    public WebAssets()
    {
        var assembly = typeof(WebAssets).Assembly;
        const string prefix = "OrgWork.Bot.Web.Assets.";
        _files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[prefix.Length..], n => (Read(assembly, n), ContentTypeOf(n)), StringComparer.Ordinal);
    }

    public static string Path(string name) => RoutePrefix + name;

    public (byte[] Content, string ContentType)? Find(string name) => _files.TryGetValue(name, out var file) ? file : null;

    private static byte[] Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static string ContentTypeOf(string name) =>
        name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8"
        : name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8"
        : "application/octet-stream";
}
