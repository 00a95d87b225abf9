using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Chunking;
using OrgWork.Bot.Core.Knowledge.Conversation;
using OrgWork.Bot.Core.Knowledge.Coverage;
using OrgWork.Bot.Core.Knowledge.Embeddings;
using OrgWork.Bot.Core.Knowledge.Faq;
using OrgWork.Bot.Core.Knowledge.Feedback;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Retrieval;
using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Policy Q&amp;A: segmentation, the stored and in-memory index, answering, and its chat commands.</summary>
    public static IServiceCollection AddOrgWorkKnowledge(this IServiceCollection services)
    {
        services.AddOptions<AiOptions>().BindConfiguration(AiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AiOptions>, AiOptionsValidator>();
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetrievalOptions>().BindConfiguration(RetrievalOptions.SectionName);
        services.AddOptions<ChunkingOptions>().BindConfiguration(ChunkingOptions.SectionName);
        services.AddOptions<SegmentationOptions>().BindConfiguration(SegmentationOptions.SectionName);

        services.AddSingleton<ITextSegmenter, JiebaTextSegmenter>();
        services.AddSingleton(p => new PolicyChunker(p.GetRequiredService<IOptions<ChunkingOptions>>().Value));
        services.AddSingleton<PolicyEmbeddings>();
        services.AddSingleton<PolicyIndexer>();
        services.AddSingleton<PolicyIndex>();
        services.AddHostedService<PolicyIndexService>();

        services.AddSingleton<PolicySearchPlugin>();
        services.AddSingleton<PolicyKernelFactory>();
        services.AddSingleton<GeneratedAnswerWriter>();
        services.AddSingleton<QuestionSubjects>();
        services.AddSingleton<FaqMatcher>();
        services.AddSingleton<ExtractiveComposer>();
        services.AddSingleton<ModelAdmission>();
        services.AddSingleton<PolicyAnswerer>();

        services.AddSingleton<CoverageGaps>();
        services.AddSingleton<PolicyConversation>();
        services.AddSingleton<PendingQuestions>();
        services.AddSingleton<PolicyQuestionFlow>();
        services.AddSingleton<ICommandHandler, AskCommand>();
        services.AddSingleton<ICommandHandler, NewConversationCommand>();
        services.AddSingleton<ITextHandler, PolicyQuestionText>();
        services.AddSingleton<IButtonHandler, SourceButton>();

        services.AddSingleton<StaffQuestions>();
        services.AddSingleton<NoticePusher>();
        services.AddSingleton<ITurnAddendum, PendingNotices>();
        services.AddSingleton<IButtonHandler, FeedbackButton>();
        services.AddSingleton<IButtonHandler, AddToFaqButton>();
        services.AddSingleton<ICommandHandler, QueueCommand>();
        services.AddSingleton<ICommandHandler, AnswerCommand>();
        return services;
    }
}
