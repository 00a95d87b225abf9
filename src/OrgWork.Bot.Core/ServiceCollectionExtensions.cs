using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Conversation.Commands;
using OrgWork.Bot.Core.Knowledge;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>Content, storage and the conversation engine: everything a channel needs.</summary>
    public static IServiceCollection AddOrgWorkCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.AddSingleton(TimeProvider.System);

        services.AddOrgWorkStorage(configuration);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<CatalogueStore>();

        services.AddSingleton<LearnerDirectory>();
        services.AddSingleton<ProgressTracker>();
        services.AddSingleton<CatalogueViews>();
        services.AddSingleton<InputRouter>();
        services.AddSingleton<IConversationEngine, ConversationEngine>();

        services.AddSingleton<ICommandHandler, StartCommand>();
        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddSingleton<ICommandHandler, CoursesCommand>();
        services.AddSingleton<IButtonHandler, CatalogueButton>();
        services.AddSingleton<IButtonHandler, CourseButton>();
        services.AddSingleton<IButtonHandler, LessonPageButton>();
        services.AddOrgWorkKnowledge();
        return services;
    }

    private static void AddOrgWorkStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName) is { Length: > 0 } configured
            ? configured
            : StorageOptions.DefaultConnectionString;
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddPooledDbContextFactory<OrgWorkDbContext>((provider, options) =>
            options.UseSqlite(connectionString).AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>()));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<IWriteGate, SingleWriterGate>();
    }
}
