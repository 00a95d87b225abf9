using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Accounts;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Conversation.ChatWords;
using OrgWork.Bot.Core.Conversation.Commands;
using OrgWork.Bot.Core.Conversation.Flood;
using OrgWork.Bot.Core.Diagnostics;
using OrgWork.Bot.Core.Exams;
using OrgWork.Bot.Core.Hosting;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Knowledge;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Organisation;
using OrgWork.Bot.Core.Organisation.Roster;
using OrgWork.Bot.Core.Plans;
using OrgWork.Bot.Core.Publishing;
using OrgWork.Bot.Core.Publishing.Handlers;
using OrgWork.Bot.Core.Quizzes;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Reports.Ledger;
using OrgWork.Bot.Core.Reports.Members;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>Content, storage and the conversation engine: everything a channel needs.</summary>
    public static IServiceCollection AddOrgWorkCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        // Open from the start unless the host registered one that opens when it serves (the web host does).
        services.TryAddSingleton(_ => StartupPhase.Open());
        services.AddMetrics();
        services.AddSingleton<OrgWorkMetrics>();

        services.AddOrgWorkStorage(configuration);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<IContentLoader>(sp => sp.GetRequiredService<ContentLoader>());
        services.AddSingleton<CatalogueStore>();

        services.AddSingleton<LearnerDirectory>();
        services.AddSingleton<ProgressTracker>();
        services.AddSingleton<CatalogueViews>();
        services.AddSingleton<InputRouter>();
        services.AddSingleton<InFlightDeliveries>();
        services.AddSingleton<IConversationEngine, ConversationEngine>();
        services.AddFloodControl();

        services.AddSingleton<ICommandHandler, StartCommand>();
        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddSingleton<ICommandHandler, CoursesCommand>();
        services.AddSingleton<ITextHandler, SmallTalkText>();
        services.AddSingleton<IButtonHandler, CatalogueButton>();
        services.AddSingleton<IButtonHandler, CourseButton>();
        services.AddSingleton<IButtonHandler, LessonPageButton>();

        services.AddOrgWorkLearning();
        services.AddOrgWorkJobs();
        services.AddOrgWorkPublishing();
        services.AddOrgWorkKnowledge();
        services.AddOrgWorkNotices();
        services.AddOrgWorkCertificates(configuration);
        services.AddOrgWorkClasses();
        return services;
    }

    /// <summary>Branches and roles, quizzes, points, the wrong-answer book, rankings and reports.</summary>
    private static void AddOrgWorkLearning(this IServiceCollection services)
    {
        services.AddOptions<LearningOptions>().BindConfiguration(LearningOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddSingleton<LearningClock>();
        services.AddSingleton<RoleResolver>();
        services.AddSingleton<PointRules>();
        services.AddSingleton<PointsLedger>();
        services.AddSingleton<StreakCalculator>();
        services.AddSingleton<StudyHours>();
        services.AddSingleton<ReviewBook>();

        services.AddSingleton<BranchDirectory>();
        services.AddSingleton<BranchJoiner>();
        services.AddSingleton<IStartCodeHandler>(provider => provider.GetRequiredService<BranchJoiner>());
        services.AddSingleton<ICommandHandler, JoinCommand>();
        services.AddSingleton<ICommandHandler, BranchCommand>();
        services.AddSingleton<ICommandHandler, GrantCommand>();
        services.AddSingleton<ActivationCodes>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<MemberDirectory>();
        services.AddSingleton<ActivationCodeBatch>();
        services.AddSingleton<ICommandHandler, BindCommand>();
        services.AddSingleton<RosterImport>();

        services.AddSingleton<QuestionView>();
        services.AddSingleton<QuizSession>();
        services.AddSingleton<LessonQuizStarter>();
        services.AddSingleton<DailyQuestionPicker>();
        services.AddSingleton<ILessonEndExtension, LessonRewardExtension>();
        services.AddSingleton<IHelpTopic, PointsHelpTopic>();
        services.AddSingleton<ICommandHandler, QuizCommand>();
        services.AddSingleton<ICommandHandler, DailyCommand>();
        services.AddSingleton<ICommandHandler, ReviewCommand>();
        services.AddSingleton<IButtonHandler, AnswerButton>();
        services.AddSingleton<IButtonHandler, ToggleButton>();
        services.AddSingleton<IButtonHandler, SubmitButton>();
        services.AddSingleton<IButtonHandler, ResumeButton>();
        services.AddSingleton<IButtonHandler, StartLessonQuizButton>();

        services.AddSingleton<StudyPlans>();
        services.AddSingleton<PlanReport>();
        services.AddSingleton<ExamCompletion>();
        services.AddSingleton<ExamSession>();
        services.AddSingleton<ICommandHandler, ExamCommand>();
        services.AddSingleton<IButtonHandler, ExamStartButton>();
        services.AddSingleton<IButtonHandler, ExamAnswerButton>();
        services.AddSingleton<IButtonHandler, ExamToggleButton>();
        services.AddSingleton<IButtonHandler, ExamSubmitChoiceButton>();
        services.AddSingleton<IButtonHandler, ExamAskHandInButton>();
        services.AddSingleton<IButtonHandler, ExamHandInButton>();
        services.AddSingleton<IButtonHandler, ExamResumeButton>();
        services.AddSingleton<IButtonHandler, ExamReviewButton>();

        services.AddSingleton<LearnerFactsQuery>();
        services.AddSingleton<BranchReportBuilder>();
        services.AddSingleton<ChartFonts>();
        services.AddSingleton<ReportChart>();
        services.AddSingleton<BranchReportReplies>();
        services.AddSingleton<IMemberStudyStatus, PlanAndExamStatus>();
        services.AddSingleton<MemberReport>();
        services.AddSingleton<MemberLedger>();
        services.AddSingleton<MeDetail>();
        services.AddSingleton<IButtonHandler>(provider => provider.GetRequiredService<MeDetail>());
        services.AddSingleton<ItemAnalysis>();
        services.AddSingleton<ICommandHandler, MeCommand>();
        services.AddSingleton<ICommandHandler, RankCommand>();
        services.AddSingleton<ICommandHandler, ReportCommand>();
        services.AddSingleton<ICommandHandler, StatsCommand>();
    }

    /// <summary>Reminders, reports and housekeeping on a schedule, run once per occurrence across instances.</summary>
    private static void AddOrgWorkJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IScheduledJob, DailyReminderJob>();
        services.AddSingleton<IScheduledJob, WeeklyReportJob>();
        services.AddSingleton<Housekeeper>();
        services.AddSingleton<IMaintenanceJob, HousekeepingJob>();
        services.AddSingleton<IMaintenanceJob, ExamCollectionJob>();
        services.AddSingleton<IMaintenanceJob, PlanReminderJob>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<ICommandHandler, RemindCommand>();
    }

    /// <summary>Trainers' uploads: validation, preview, publishing with versions, rollbacks and question imports.</summary>
    private static void AddOrgWorkPublishing(this IServiceCollection services)
    {
        services.AddOptions<PublishingOptions>().BindConfiguration(PublishingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UploadPlanner>();
        services.AddSingleton<UploadValidator>();
        services.AddSingleton<UploadStaging>();
        services.AddSingleton<UploadPreview>();
        services.AddSingleton<VersionHistory>();
        services.AddSingleton<ContentPublisher>();
        services.AddSingleton<DraftPublisher>();
        services.AddSingleton<RollbackPreview>();
        services.AddSingleton<RollbackButtons>();
        services.AddSingleton<UploadFileHandler>();
        services.AddSingleton<IFileHandler, RosterUploadHandler>();
        services.AddSingleton<IButtonHandler, RosterImportButton>();
        services.AddSingleton<IButtonHandler, RosterCancelButton>();
        services.AddSingleton<IButtonHandler, PublishButton>();
        services.AddSingleton<IButtonHandler, CancelUploadButton>();
        services.AddSingleton<IButtonHandler, TargetCourseButton>();
        services.AddSingleton<IButtonHandler, ConfirmRollbackButton>();
        services.AddSingleton<IButtonHandler, CancelRollbackButton>();
        services.AddSingleton<ICommandHandler, UploadCommand>();
        services.AddSingleton<ICommandHandler, PublishCommand>();
        services.AddSingleton<ICommandHandler, VersionsCommand>();
        services.AddSingleton<ICommandHandler, RollbackCommand>();
    }
}
