namespace OrgWork.Bot.Web.SignIn;

/// <summary>
/// Where to go after signing in: only a path on this site. Refused (and replaced by <c>/</c>): absolute URLs,
/// protocol-relative <c>//host</c>, any backslash (<c>/\host</c>), and control characters — browsers drop tabs and line
/// breaks from addresses, so <c>/&#9;/evil.example</c> would become <c>//evil.example</c>, and a line break cannot go into
/// a <c>Location</c> header.
/// </summary>
public static class ReturnUrls
{
    public const int MaxLength = 2000;

    public static string Safe(string? returnUrl) => IsSafe(returnUrl) ? returnUrl! : "/";

    public static bool IsSafe(string? url) =>
        url is { Length: > 0 and <= MaxLength }
        && url[0] == '/'
        && (url.Length == 1 || url[1] != '/')
        && !url.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c))
        && Uri.IsWellFormedUriString(url, UriKind.Relative);
}
