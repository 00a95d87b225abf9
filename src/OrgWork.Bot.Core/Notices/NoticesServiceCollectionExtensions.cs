using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Notices;

public static class NoticesServiceCollectionExtensions
{
    /// <summary>Notices (<c>/broadcast</c>, reminders posted by the system), their 已读 button and their delivery; the host adds <see cref="NoticeDispatchService"/>.</summary>
    public static IServiceCollection AddOrgWorkNotices(this IServiceCollection services)
    {
        services.AddOptions<NoticesOptions>().BindConfiguration(NoticesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NoticeBoard>();
        services.AddSingleton<NoticeReplies>();
        services.AddSingleton<NoticeBroadcast>();
        services.AddSingleton<NoticeSignal>();
        services.AddSingleton<NoticeDispatcher>();
        services.AddSingleton<NoticeStats>();
        services.AddSingleton<ICommandHandler, BroadcastCommand>();
        services.AddSingleton<IButtonHandler, ReadNoticeButton>();
        services.AddSingleton<ITurnAddendum, NoticeAddendum>();
        return services;
    }
}
