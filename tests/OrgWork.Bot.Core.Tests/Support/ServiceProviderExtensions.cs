using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Tests.Support;

public static class ServiceProviderExtensions
{
    public static Catalogue GetCatalogue(this IServiceProvider services) => services.GetRequiredService<CatalogueStore>().Current;
}
