using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.Accounts;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>
/// OpenID Connect sign-in (<c>Web:Oidc:*</c>), e.g. a government single sign-on: the authorization-code flow with the
/// standard handler; once the provider vouched for the person, its <c>phone_number</c> claim (or
/// <c>Web:Oidc:PhoneClaim</c>) finds the roster member, and the session is that member's — the provider's own claims
/// are not kept. A number that is not in the roster (or deactivated) is sent back to <c>/signin</c> with a message.
/// </summary>
public static class OidcSignIn
{
    public const string Scheme = "oidc";

    public static AuthenticationBuilder AddRosterOidc(this AuthenticationBuilder builder, OidcOptions oidc)
    {
        if (!oidc.IsEnabled)
        {
            return builder;
        }

        return builder.AddOpenIdConnect(Scheme, options =>
        {
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.Authority = oidc.Authority;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = string.IsNullOrEmpty(oidc.ClientSecret) ? null : oidc.ClientSecret;
            options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.CallbackPath = "/signin-oidc";
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("phone");
            options.GetClaimsFromUserInfoEndpoint = false;
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.Events.OnTicketReceived = context => MapToRosterAsync(context, oidc.PhoneClaim);
            options.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSignIn))
                    .LogWarning("OpenID Connect sign-in failed: {Reason}", context.Failure?.Message);
                context.Response.Redirect(SignInApi.Path + "?error=oidc");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    private static async Task MapToRosterAsync(TicketReceivedContext context, string phoneClaim)
    {
        var services = context.HttpContext.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSignIn));
        var phone = context.Principal?.FindFirst(phoneClaim)?.Value is { } value ? WebAccounts.NormalizePhone(NationalNumber(value)) : null;
        Learner? member = null;
        if (phone is not null)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(context.HttpContext.RequestAborted);
            member = await db.Learners.AsNoTracking().FirstOrDefaultAsync(l => l.Phone == phone && l.DeactivatedAt == null, context.HttpContext.RequestAborted);
        }

        if (member is null)
        {
            logger.LogWarning("OpenID Connect sign-in refused: no active roster member for the provider's phone claim (claim present: {HasClaim})", phone is not null);
            context.Response.Redirect(SignInApi.Path + "?error=oidc");
            context.HandleResponse();
            return;
        }

        context.Principal = WebUser.Create(member.Id, member.DisplayName, SignInMode.Oidc);
        logger.LogInformation("OpenID Connect sign-in as roster member {LearnerId}", member.Id);
    }

    /// <summary>Providers send E.164 (+8613812345678); the roster keeps the 11-digit national number.</summary>
    private static string NationalNumber(string value)
    {
        var trimmed = value.Trim().Replace(" ", "", StringComparison.Ordinal);
        return trimmed.StartsWith("+86", StringComparison.Ordinal) ? trimmed[3..] : trimmed;
    }
}
