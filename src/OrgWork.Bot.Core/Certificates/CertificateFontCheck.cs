using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Certificates.Rendering;
using OrgWork.Bot.Core.Hosting;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>
/// Looks for the certificate font once the service serves, so a missing one is reported at start-up rather than at the
/// first certificate. A configured or known font file found by name is enough here; only without one does the check
/// search the font folders by glyph, which loads the drawing library (about 5 MiB resident) that an idle service does
/// not otherwise need.
/// </summary>
internal sealed class CertificateFontCheck(CertificateFonts fonts, StartupPhase startup, ILogger<CertificateFontCheck> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        startup.RunWhenServing("certificate font check", cancellationToken =>
        {
            if (fonts.FontFileByName() is { } file)
            {
                logger.LogInformation("Certificate font {FontFile} is installed; its glyphs are checked when the first certificate is drawn", file);
            }
            else
            {
                _ = fonts.FontFile; // searches by glyph and logs what it found, or a warning
            }

            return Task.CompletedTask;
        }, logger, stoppingToken);
}
