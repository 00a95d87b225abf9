namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of the check-in web pages (签到页、投影页、基地二维码海报) and the <c>site qr</c> verb.</summary>
public static partial class UiText
{
    public const string WebCheckInTitle = "扫码签到";
    public const string WebCheckInSession = "《{0}》第 {1} 讲“{2}”";
    public const string WebCheckInWhen = "时间：{0}，{1} 分钟";
    public const string WebCheckInPlace = "地点：{0}";
    public const string WebCheckInConfirm = "确认签到";
    public const string WebCheckInHint = "点击“确认签到”完成签到，本讲学时会自动计入。";
    public const string WebCheckInOpenTelegram = "在 Telegram 中打开";
    public const string WebCheckInResultTitle = "签到结果";

    public const string WebSiteVisitTitle = "基地参观登记";
    public const string WebSiteVisitDetails = "每次参观计学时 {0}（{1} 分钟），每个基地每天记一次。";
    public const string WebSiteVisitHint = "点击“确认签到”登记本次参观。";

    public const string WebProjectorTitle = "签到二维码";
    public const string WebProjectorHeading = "《{0}》第 {1} 讲“{2}”签到";
    public const string WebProjectorHint = "请学员用手机扫码签到。二维码每 {0} 秒更换，本页自动刷新，请保持打开。";
    public const string WebProjectorAddress = "签到地址：";
    public const string WebProjectorUnknown = "没有这个课次：培训班“{0}”第 {1} 讲。";
    public const string WebProjectorQrAlt = "签到二维码";

    public const string WebSitePosterTitle = "基地签到二维码";
    public const string WebSitePosterHint = "参观请用手机扫码登记，每人每天记一次学时。";
    public const string WebSitePosterPrint = "🖨 打印";
    public const string WebSiteUnknown = "没有标识为“{0}”的红色教育基地。";

    public const string SiteQrUnknown = "没有标识为“{0}”的红色教育基地：请写 content/sites 下的文件名（不含 .md）。";
    public const string SiteQrWritten = "已写入 {0}：{1}的签到二维码。";
    public const string SiteQrWebAddress = "网页地址（二维码的内容）：{0}";
    public const string SiteQrDeepLink = "Telegram 链接：{0}";
    public const string SiteQrTypeStart = "在机器人中发送：/start {0}";
    public const string SiteQrNoBotName = "（未能从 Telegram 取得机器人的名字：{0}）";
    public const string SiteQrValidity = "二维码长期有效，只要签到密钥（CheckIn:SigningKey 或数据库中保存的密钥）不变。";
}
