using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>The signed-in person as cookie claims: the learner id and display name. Roles are looked up per request, never stored.</summary>
public static class WebUser
{
    public const string SignInMethodClaim = "orgwork:signin";

    public static ClaimsPrincipal Create(long learnerId, string displayName, SignInMode method) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, learnerId.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, displayName),
                new Claim(SignInMethodClaim, method.ToString()),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme));

    public static long? IdOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "";
}
