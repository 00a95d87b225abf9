using System.CommandLine;

namespace OrgWork.Bot.Cli;

/// <summary><c>roster</c>: the roster (党员名册) verbs; <c>roster import</c> and <c>roster codes</c>.</summary>
public static class RosterVerb
{
    public static Command Create() => new("roster", "Work with the roster (党员名册)")
    {
        RosterImportVerb.Create(),
        RosterCodesVerb.Create(),
    };
}
