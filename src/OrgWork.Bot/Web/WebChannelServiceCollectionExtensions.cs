using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Web.Accounts;
using OrgWork.Bot.Web.Admin;
using OrgWork.Bot.Web.Chat;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web;

public static class WebChannelServiceCollectionExtensions
{
    public const string CsrfHeader = "X-CSRF-TOKEN";

    /// <summary>The web chat and dashboard: cookie sessions, antiforgery, the staff policy and the channel itself.</summary>
    public static IServiceCollection AddWebChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SignInPolicy>();
        services.AddSingleton<TelegramLoginVerifier>();
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebChannel>();
        services.AddSingleton<StaffAccess>();
        services.AddSingleton<WebAccounts>();
        services.AddRazorComponents();

        // Pages are Chinese: leave CJK text as UTF-8 instead of numeric entities (markup characters are still encoded).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<IAuthorizationHandler, StaffRequirementHandler>();

        // Cookies and antiforgery tokens are protected with keys kept in the database, so every instance behind a
        // load balancer accepts what another issued. The key store resolves a context per scope.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContext());
        var dataProtection = services.AddDataProtection().SetApplicationName("OrgWork.Bot").PersistKeysToDbContext<OrgWorkDbContext>();
        KeyRingWarmup.ReplaceFrameworkPreload(services);
        var web = configuration.GetSection(WebOptions.SectionName).Get<WebOptions>() ?? new WebOptions();
        if (!string.IsNullOrWhiteSpace(web.KeyCertificatePath))
        {
            dataProtection.ProtectKeysWithCertificate(LoadKeyCertificate(web));
        }

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        authentication.AddRosterOidc(web.Oidc);
        authentication.AddCookie(options =>
        {
            options.Cookie.Name = "orgwork.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(7);
            options.SlidingExpiration = true;
            options.LoginPath = SignInApi.Path;
            options.Events.OnRedirectToLogin = context =>
            {
                // The page's fetch calls get a status, not a redirect to an HTML page.
                if (context.Request.Path.StartsWithSegments("/chat", StringComparison.Ordinal))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = ValidateSessionAsync;
            options.Events.OnRedirectToAccessDenied = context =>
                WebPage.Message(UiText.DashboardTitle, UiText.WebForbidden, StatusCodes.Status403Forbidden).ExecuteAsync(context.HttpContext);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRequirement.PolicyName, policy => policy.RequireAuthenticatedUser().AddRequirements(new StaffRequirement(Role.Trainer)))
            .AddPolicy(StaffRequirement.AdminPolicyName, policy => policy.RequireAuthenticatedUser().AddRequirements(new StaffRequirement(Role.Admin)));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = CsrfHeader;
            options.Cookie.Name = "orgwork.csrf";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>
    /// Every request: a session of a member who was deactivated, or whose password changed since it began (another
    /// stamp), is ended.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } user || WebUser.IdOf(user) is not { } id)
        {
            return;
        }

        var stamp = WebUser.MethodOf(user) == SignInMode.Password ? WebUser.StampOf(user) ?? "" : null;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<WebAccounts>();
        if (!await accounts.IsSessionValidAsync(id, stamp, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static X509Certificate2 LoadKeyCertificate(WebOptions web)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(web.KeyCertificatePath, web.KeyCertificatePassword);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{WebOptions.SectionName}:{nameof(WebOptions.KeyCertificatePath)}: {web.KeyCertificatePath} holds no private key");
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{WebOptions.SectionName}:{nameof(WebOptions.KeyCertificatePath)}: cannot read {web.KeyCertificatePath}: {ex.Message}", ex);
        }
    }
}
