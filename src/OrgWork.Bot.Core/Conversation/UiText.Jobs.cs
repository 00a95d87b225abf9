namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of reminders and scheduled reports.</summary>
public static partial class UiText
{
    public const string CommandRemind = "每日学习提醒（/remind on 开启，/remind off 关闭）";

    public const string RemindTurnedOn = "⏰ 已开启每日学习提醒：每天 {0}（北京时间）提醒你学习；当天已完成每日答题就不再打扰。发送 /remind off 可关闭。";
    public const string RemindTurnedOff = "已关闭每日学习提醒。需要时发送 /remind on 重新开启。";
    public const string RemindStatusOn = "每日学习提醒：已开启，每天 {0}（北京时间）。发送 /remind off 关闭。";
    public const string RemindStatusOff = "每日学习提醒：未开启。发送 /remind on 开启，每天 {0}（北京时间）提醒你学习。";
    public const string RemindVia = "提醒将通过 {0} 发给你。";
    public const string RemindViaElsewhere = "提醒只通过 {0} 发送，在这里（网页或终端）不会弹出；请在 {0} 中打开本机器人接收。";
    public const string RemindNoChannel = "注意：本服务目前没有接入可以主动发消息的渠道（如 Telegram），提醒暂时不会发出。";

    public static string ChannelName(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "web" => "网页",
        "terminal" => "终端",
        _ => channel,
    };

    public const string RemindUsage = "用法：/remind on 开启每日学习提醒，/remind off 关闭。";

    public const string ReminderDaily = "⏰ 今天的学习还没完成哦！花几分钟做一次每日答题，保持连续学习。\n（发送 /remind off 可关闭提醒）";
    public const string ReminderStartDaily = "📝 开始每日答题";

    public const string WeeklyReportIntro = "📊 每周支部学习报告";
}
