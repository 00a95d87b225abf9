using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Commands;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Sites;

namespace OrgWork.Bot.Core.Classes;

public static class ClassesServiceCollectionExtensions
{
    /// <summary>Training classes (enrolment, rotating-QR check-in, ratings, completion) and red-education site visits.</summary>
    public static IServiceCollection AddOrgWorkClasses(this IServiceCollection services)
    {
        services.AddOptions<CheckInOptions>().BindConfiguration(CheckInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CheckInKey>();
        services.AddSingleton<CheckInCodes>();
        services.TryAddSingleton<IChatDeepLinks, NoChatDeepLinks>();
        services.AddSingleton<CheckInAddresses>();
        services.AddSingleton<AttendanceBook>();
        services.AddSingleton<ClassEnrolments>();
        services.AddSingleton<ClassViews>();
        services.AddSingleton<CheckInQrReply>();
        services.AddSingleton<SiteVisits>();
        services.AddSingleton<Reports.ClassReport>();

        services.AddSingleton<IStartCodeHandler, SessionCheckIn>();
        services.AddSingleton<IStartCodeHandler, SiteCheckIn>();
        services.AddSingleton<ICommandHandler, ClassesCommand>();
        services.AddSingleton<ICommandHandler, CheckInCommand>();
        services.AddSingleton<ICommandHandler, AttendCommand>();
        services.AddSingleton<ICommandHandler, EnrolCommand>();
        services.AddSingleton<ICommandHandler, SitesCommand>();
        services.AddSingleton<IButtonHandler, ClassListButton>();
        services.AddSingleton<IButtonHandler, ClassViewButton>();
        services.AddSingleton<IButtonHandler, EnrolButton>();
        services.AddSingleton<IButtonHandler, AskWithdrawButton>();
        services.AddSingleton<IButtonHandler, WithdrawButton>();
        services.AddSingleton<IButtonHandler, RosterButton>();
        services.AddSingleton<IButtonHandler, AskRatingButton>();
        services.AddSingleton<IButtonHandler, RateButton>();
        services.AddSingleton<IButtonHandler, ShowCodeButton>();
        services.AddSingleton<ITextHandler, RatingCommentText>();
        services.AddSingleton<IMaintenanceJob, ClassFollowUpJob>();
        return services;
    }
}
