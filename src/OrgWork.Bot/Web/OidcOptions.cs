namespace OrgWork.Bot.Web;

/// <summary><c>Web:Oidc:*</c>: an OpenID Connect provider whose <c>phone_number</c> claim finds the roster member.</summary>
public sealed class OidcOptions
{
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The claim that carries the member's 手机号.</summary>
    public string PhoneClaim { get; set; } = "phone_number";

    /// <summary>Only for tests and closed networks: a provider on plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
