namespace OrgWork.Bot.Core.Conversation;

public static partial class UiText
{
    public const string CommandQueue = "待答复的问题（未找到答案和被点 👎 的）";
    public const string CommandAnswer = "答复队列中的问题：/answer 编号 答复内容";

    public const string ButtonHelpful = "👍 有帮助";
    public const string ButtonNotHelpful = "👎 没帮助";
    public const string FeedbackThanks = "谢谢您的反馈！";
    public const string FeedbackQueued = "已收到，问题已转给工作人员，答复后会通知您。";
    public const string FeedbackAlreadyGiven = "您已经评价过这条回答了。";

    public const string QueueEmpty = "目前没有待答复的问题。";
    public const string QueueTitle = "待答复的问题";
    public const string QueueLine = "提问 {0} 次 · {1} · 支部：{2}";
    public const string QueueAnswerGiven = "当时的回答：{0}";
    public const string QueueReasonUnanswered = "未找到";
    public const string QueueReasonDisliked = "👎";
    public const string QueueNoBranch = "未加入支部";
    public const string QueueHint = "用 /answer 编号 答复内容 回复提问的人，例如：/answer 12 请参阅……";

    public const string AnswerUsage = "用法：/answer 编号 答复内容（编号见 /queue）";
    public const string AnswerNoSuchQuestion = "队列中没有待答复的第 {0} 号问题，请先发送 /queue 查看。";
    public const string AnswerSent = "已答复“{0}”，通知了 {1} 位提问人。";
    public const string ButtonAddToFaq = "📌 加入常见问答";
    public const string FaqNothingToAdd = "这个问题还没有答复，无法加入常见问答。";
    public const string DraftPublished = "已加入常见问答：{0}（第 {1} 版）。以后有人问同样的问题，会直接得到这条已审核答复。用 /versions {0} 查看版本，必要时用 /rollback 回退。";
    public const string DraftAlreadyPublished = "{0} 已经是这条答复，无需再次加入。";
    public const string DraftInvalid = "未能加入常见问答：{0} 没有通过检查。";
    public const string QueueReplyNotice = "📮 关于您提的问题“{0}”，工作人员答复如下：\n{1}";

    public const string DashboardQaTitle = "政策问答：满意度与待答复";
    public const string DashboardQueueTitle = "待答复的问题";
    public const string DashboardSatisfaction = "满意率 {0}（👍 {1} 次，👎 {2} 次）";
    public const string DashboardSatisfactionNone = "还没有人评价过回答。";

    public static IReadOnlyList<string> DashboardQueueColumns { get; } = ["编号", "问题", "支部", "当时的回答", "原因", "次数", "最近提问"];
}
