using System.CommandLine;

namespace OrgWork.Bot.Cli;

/// <summary>The verbs of DESIGN.md §3; with no verb the service runs.</summary>
public static class OrgWorkCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("OrgWork.Bot: red education and cadre training chat-bot")
        {
            ServeVerb.Create(),
            ChatVerb.Create(),
            ValidateVerb.Create(),
            ReportVerb.Create(),
            RosterVerb.Create(),
            ExamVerb.Create(),
            ClassVerb.Create(),
            CertificateVerb.Create(),
            SiteVerb.Create(),
            BackupVerb.Create(),
            IndexVerb.Create(),
            AskVerb.Create(),
            EvalRetrievalVerb.Create(),
            EvalAnswersVerb.Create(),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, ct) => ServeVerb.RunAsync(result.UnmatchedTokens.ToArray(), ct));
        return root;
    }
}
