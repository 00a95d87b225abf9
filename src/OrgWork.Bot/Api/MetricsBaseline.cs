using OrgWork.Bot.Core.Diagnostics;
using OrgWork.Bot.Telegram;
using OrgWork.Bot.Web.Chat;

namespace OrgWork.Bot.Api;

/// <summary>At start-up, puts the known series into <c>/metrics</c> at zero (see <see cref="OrgWorkMetrics.ReportBaseline"/>).</summary>
public sealed class MetricsBaseline(OrgWorkMetrics metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.ReportBaseline([TelegramChannel.Name, WebChannel.ChannelName]);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
