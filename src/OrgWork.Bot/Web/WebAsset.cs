namespace OrgWork.Bot.Web;

/// <summary>One embedded file of the web chat, with its content type and a version taken from its bytes.</summary>
public sealed record WebAsset(byte[] Content, string ContentType, string Version)
{
    /// <summary>The strong entity tag: the content hash, so it changes exactly when the file does.</summary>
    public string ETag => $"\"{Version}\"";
}
