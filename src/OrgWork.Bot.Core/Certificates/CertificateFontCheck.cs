using Microsoft.Extensions.Hosting;
using OrgWork.Bot.Core.Certificates.Rendering;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>Looks for the certificate font when the service starts, so a missing one is reported at once rather than at the first certificate.</summary>
internal sealed class CertificateFontCheck(CertificateFonts fonts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = fonts.FontFile;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
