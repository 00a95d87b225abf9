using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>The signed-in person as cookie claims: the learner id, display name, sign-in method and (for passwords) the security stamp. Roles are looked up per request, never stored.</summary>
public static class WebUser
{
    public const string SignInMethodClaim = "orgwork:signin";

    /// <summary>The member's security stamp when the session began; a password change elsewhere makes it stale.</summary>
    public const string SecurityStampClaim = "orgwork:stamp";

    public static ClaimsPrincipal Create(long learnerId, string displayName, SignInMode method, string? securityStamp = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, learnerId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, displayName),
            new(SignInMethodClaim, method.ToString()),
        };
        if (securityStamp is not null)
        {
            claims.Add(new Claim(SecurityStampClaim, securityStamp));
        }

        return new(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static string? StampOf(ClaimsPrincipal user) => user.FindFirstValue(SecurityStampClaim);

    public static SignInMode MethodOf(ClaimsPrincipal user) =>
        Enum.TryParse<SignInMode>(user.FindFirstValue(SignInMethodClaim), out var method) ? method : SignInMode.None;

    public static long? IdOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "";
}
