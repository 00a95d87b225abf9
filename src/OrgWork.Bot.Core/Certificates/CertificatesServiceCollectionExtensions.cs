using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Certificates.Rendering;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Certificates;

public static class CertificatesServiceCollectionExtensions
{
    /// <summary>Certificates (结业证书): issuing, revoking, the image and the PDF, <c>/certificates</c> and its button.</summary>
    public static IServiceCollection AddOrgWorkCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificateOptions>().BindConfiguration(CertificateOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublicWebOptions>().BindConfiguration(PublicWebOptions.SectionName).PostConfigure(options =>
        {
            if (string.IsNullOrWhiteSpace(options.PublicUrl))
            {
                options.PublicUrl = CertificateAddresses.FromListenUrls(configuration["Http:Urls"]);
            }
        });
        services.AddSingleton<CertificateAddresses>();
        services.AddSingleton<CertificateIssuer>();
        services.AddSingleton<CertificateRevocation>();
        services.AddSingleton<CertificateFonts>();
        services.AddSingleton<CertificateImage>();
        services.AddSingleton<CertificatePdf>();
        services.AddHostedService<CertificateFontCheck>();
        services.AddSingleton<ICommandHandler, CertificatesCommand>();
        services.AddSingleton<IButtonHandler, CertificateButton>();
        return services;
    }
}
