using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Certificates.Rendering;
using OrgWork.Bot.Core.Hosting;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>
/// Looks for the certificate font once the service serves, so a missing one is reported at start-up rather than at the
/// first certificate (the look loads the drawing library, which readiness does not need).
/// </summary>
internal sealed class CertificateFontCheck(CertificateFonts fonts, StartupPhase startup, ILogger<CertificateFontCheck> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        startup.RunWhenServing("certificate font check", _ => Task.FromResult(fonts.FontFile), logger, stoppingToken);
}
