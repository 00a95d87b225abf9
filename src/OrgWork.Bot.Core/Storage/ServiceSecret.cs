namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// A random key the service made for itself and shares between its instances (e.g. the check-in signing key when
/// none is configured). Created once; never changed, so what it signed stays valid.
/// </summary>
public sealed class ServiceSecret
{
    public const int NameLength = 64;

    public string Name { get; set; } = "";

    /// <summary>Base64 of the key bytes.</summary>
    public string Value { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
