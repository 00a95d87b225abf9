using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Rendering;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>certificate revoke SERIAL --reason TEXT</c> and <c>certificate list [--member PHONE]</c>.</summary>
public static class CertificateVerb
{
    public static Command Create() => new("certificate", "Certificates (结业证书): list them, revoke one")
    {
        CreateRevoke(),
        CreateList(),
    };

    private static Command CreateRevoke()
    {
        var serial = new Argument<string>("SERIAL") { Description = "The certificate's serial number (as printed; hyphens and case do not matter)" };
        var reason = new Option<string>("--reason") { Description = "Why it is revoked (kept in the audit log)", Required = true };
        var command = new Command("revoke", "Revoke a certificate: its verify page says 已撤销 from then on") { serial, reason };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RevokeAsync(result.UnmatchedTokens.ToArray(), result.GetValue(serial)!, result.GetValue(reason) ?? "", ct));
        return command;
    }

    private static Command CreateList()
    {
        var member = new Option<string?>("--member") { Description = "Only this member's certificates (手机号)" };
        var command = new Command("list", "List certificates, newest first") { member };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => ListAsync(result.UnmatchedTokens.ToArray(), result.GetValue(member), ct));
        return command;
    }

    private static async Task<int> RevokeAsync(string[] args, string serial, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            Console.WriteLine(UiText.CertificateRevokeNoReason);
            return 1;
        }

        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var clock = host.Services.GetRequiredService<LearningClock>();
        var (outcome, certificate) = await host.Services.GetRequiredService<CertificateRevocation>().RevokeAsync(serial, reason, null, cancellationToken);
        switch (outcome)
        {
            case RevokeOutcome.Revoked:
                Console.WriteLine(UiText.Format(UiText.CertificateRevokeDone, CertificateSerial.Display(certificate!.Serial), certificate.HolderName, certificate.Title));
                return 0;
            case RevokeOutcome.AlreadyRevoked:
                Console.WriteLine(UiText.Format(UiText.CertificateRevokeAlready, CertificateSerial.Display(certificate!.Serial), CertificateView.FormatDate(clock.LocalDate(certificate.RevokedAt!.Value))));
                return 0;
            default:
                Console.WriteLine(UiText.Format(UiText.CertificateRevokeUnknown, serial));
                return 1;
        }
    }

    private static async Task<int> ListAsync(string[] args, string? phone, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var clock = host.Services.GetRequiredService<LearningClock>();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(cancellationToken);
        var certificates = db.Certificates.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(phone))
        {
            var number = phone.Trim();
            var memberId = await db.Learners.Where(l => l.Phone == number).Select(l => (long?)l.Id).FirstOrDefaultAsync(cancellationToken);
            if (memberId is null)
            {
                Console.WriteLine(UiText.Format(UiText.CertificateListUnknownMember, number));
                return 1;
            }

            certificates = certificates.Where(c => c.LearnerId == memberId);
        }

        var rows = await certificates.OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            Console.WriteLine(UiText.CertificateListNone);
            return 0;
        }

        Console.WriteLine(UiText.CertificateListHeader);
        foreach (var c in rows)
        {
            var status = c.RevokedAt is { } revokedAt
                ? UiText.Format(UiText.CertificateListRevoked, CertificateView.FormatDate(clock.LocalDate(revokedAt)))
                : UiText.CertificateListValid;
            Console.WriteLine(string.Join('\t', CertificateSerial.Display(c.Serial), c.HolderName, c.Title, CertificateView.FormatHours(c.Hours), CertificateView.FormatDate(c.IssuedOn), status));
        }

        return 0;
    }
}
