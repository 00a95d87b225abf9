using OrgWork.Bot.Api;
using OrgWork.Bot.Api.Health;
using OrgWork.Bot.Core;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Hosting;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Telegram;
using OrgWork.Bot.Web;
using OrgWork.Bot.Web.Errors;

namespace OrgWork.Bot.Hosting;

/// <summary>
/// Builds the two kinds of host: the web service (<c>serve</c>) and the quiet host behind CLI verbs, both
/// with the same configuration: appsettings.json next to the program, then environment variables, then
/// <c>--Key=value</c> arguments. Relative paths (content, database) resolve against the working directory.
/// </summary>
public static class OrgWorkHost
{
    public static WebApplicationBuilder CreateWebBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton(StartupPhase.UntilServing());
        builder.Services.AddHostedService<StartupCompletion>();
        builder.Services.AddOrgWorkCore(builder.Configuration);
        builder.Services.AddHostedService<ContentWatchService>();
        builder.Services.AddTelegramChannel(builder.Configuration);
        builder.Services.AddHostedService<JobScheduler>();
        builder.Services.AddHostedService<NoticeDispatchService>();
        builder.Services.AddOrgWorkMetrics();
        builder.Services.AddOrgWorkHealthChecks();
        builder.Services.AddWebChannel(builder.Configuration);
        builder.Services.AddErrorResponses();
        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddReverseProxySupport();
        if (!ListenUrls.AreConfiguredByAspNetCore(builder.Configuration))
        {
            builder.WebHost.UseUrls(ListenUrls.Effective(builder.Configuration));
        }

        return builder;
    }

    /// <summary>A host for CLI verbs: logs go to stderr at warning level so stdout carries only the verb's output.</summary>
    public static HostApplicationBuilder CreateToolBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<LoggerFilterOptions>(o =>
        {
            o.Rules.Clear();
            o.MinLevel = LogLevel.Warning;
        });
        builder.Services.AddOrgWorkCore(builder.Configuration);
        return builder;
    }
}
