namespace OrgWork.Bot.Core.Conversation;

public static partial class UiText
{
    public const string CommandAsk = "政策问答（也可直接发送问题）";
    public const string CommandNew = "开始新的问答对话";

    public const string PolicyNotFound = "文件中未找到相关规定。";
    public const string PolicySubjectNotNamed = "检索到的条文没有说到“{0}”，不能作为答复。";
    public const string PolicyDocumentNumber = "文号：{0}";
    public const string PolicyEffective = "施行日期：{0}";
    public const string PolicyCurated = "✅ 已审核答复";
    public const string PolicyClosest = "最接近的文件：{0}";
    public const string PolicySuperseded = "注意：《{0}》已被《{1}》替代，请以新文件为准。";
    public const string PolicySourcesTitle = "来源";
    public const string PolicyAskUsage = "请在 /ask 后写上问题，例如：/ask 党员每月交多少党费？也可以直接发送问题。";
    public const string PolicyNewConversation = "已开始新的问答对话，之前的问题不再作为上下文。";
    public const string PolicyNoDocuments = "还没有收录政策文件，暂时无法回答。";
    public const string PolicySourceButton = "原文 [{0}]";
    public const string PolicySourceGone = "这条来源已不可用，请重新提问。";
    public const string PolicyGenerated = "（由模型根据所引文件生成，请以原文为准）";
    public const string PolicyWriting = "✍️ 正在生成回答……";
    public const string PolicyStillAnswering = "您的上一个问题还在解答中，请等回答出来后再问下一个。";
    public const string PolicyModelUnavailable = "智能问答暂时不可用，以下为文件原文摘录。";
    public const string PolicyModelBusy = "智能问答正忙，以下先为您提供文件原文摘录。";
    public const string PolicyModelBudget = "您提问较频繁，以下先为您提供文件原文摘录，稍后再问可获得智能解答。";
    public const string PolicyQuestionShortened = "问题较长，只按前 {0} 个字检索。";
}
