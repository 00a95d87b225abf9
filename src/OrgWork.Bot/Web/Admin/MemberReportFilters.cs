namespace OrgWork.Bot.Web.Admin;

/// <summary>The member report's filters as the staff typed them (kept in the form and in the Excel link).</summary>
public sealed record MemberReportFilters(string? Year, string? From, string? To, string? Branch, string? Parent)
{
    public string QueryString =>
        string.Join('&', new[] { ("year", Year), ("from", From), ("to", To), ("branch", Branch), ("parent", Parent) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!.Trim())));
}
