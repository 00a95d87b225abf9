namespace OrgWork.Bot.Core.Conversation;

public static partial class UiText
{
    public const string CommandBroadcast = "向全体党员或一个支部发通知：/broadcast [支部名] 通知内容";

    public const string BroadcastUsage = """
        用法：/broadcast [支部名] 通知内容
        · 第一个词是支部名时，只发给该支部的党员；否则发给全体党员。
        · 例如：/broadcast 第一党支部 本周五下午三点在党员活动室集中学习。
        · 通知最多 {0} 个字。
        """;

    public const string BroadcastTooLong = "通知太长了（{0} 个字），最多 {1} 个字，请精简后再发。";
    public const string BroadcastNobody = "{0}没有可以接收通知的党员，通知没有发出。";
    public const string BroadcastSent = "已发送给 {0} 人：其中 Telegram 用户 {1} 人会立即收到，网页和终端用户在下次打开聊天时看到。";
    public const string BroadcastEveryone = "全体党员";

    public const string NoticeHeading = "📢 通知（{0}）";
    public const string NoticeFooter = "发布时间：{0}";
    public const string ButtonNoticeRead = "✅ 已读";
    public const string NoticeMarkedRead = "已记录为已读，谢谢！";
    public const string NoticeAlreadyRead = "这条通知您已读过。";
    public const string NoticeReadMark = "✅ 您已读";
    public const string NoticeNotFound = "没有找到这条通知，按钮可能已失效。";

    public const string NoticesTitle = "通知与已读率";
    public const string NoticesLink = "通知";
    public const string NoticesFormTitle = "发布通知";
    public const string NoticesFormAudience = "发给";
    public const string NoticesFormText = "通知内容";
    public const string NoticesFormSubmit = "发布";
    public const string NoticesEmpty = "还没有发布过通知。";
    public const string NoticesTextRequired = "请填写通知内容。";
    public const string NoticesNoSuchBranch = "没有这个支部，请重新选择。";
    public const string NoticesColumnTime = "发布时间";
    public const string NoticesColumnText = "内容";
    public const string NoticesColumnAudience = "对象";
    public const string NoticesColumnRecipients = "接收人数";
    public const string NoticesColumnReached = "已送达";
    public const string NoticesColumnRead = "已读";
    public const string NoticesColumnRate = "已读率";
    public const string NoticesColumnBranch = "支部";
    public const string NoticesByBranch = "各支部已读情况";
    public const string NoticesNoBranch = "未加入支部";
    public const string NoticesKindPlanReminder = "学习计划提醒";
    public const string NoticesKindClass = "培训班通知";
    public const string NoticesDetail = "详情";
    public const string NoticesBack = "返回通知列表";
    public const string NoticesTotal = "合计";
}
