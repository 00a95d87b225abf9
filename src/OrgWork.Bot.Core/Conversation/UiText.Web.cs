namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of the web chat, its sign-in and the staff dashboard.</summary>
public static partial class UiText
{
    public const string WebChatTitle = "学习与问答";
    public const string WebInputPlaceholder = "输入问题或命令，如 /courses";
    public const string WebSend = "发送";
    public const string WebSending = "正在处理，请稍候……";
    public const string WebNetworkError = "网络异常，请稍后重试。";
    public const string WebSignedInAs = "{0}";
    public const string WebSignOut = "退出";
    public const string WebDashboardLink = "管理后台";
    public const string WebChatLink = "返回聊天";
    public const string WebQuickCourses = "课程";
    public const string WebQuickDaily = "每日答题";
    public const string WebQuickReview = "错题本";
    public const string WebQuickMe = "我的";
    public const string WebQuickClasses = "培训班";
    public const string WebQuickRank = "排行";
    public const string WebQuickAsk = "提问";
    public const string WebQuickHelp = "帮助";
    public const string WebLargeText = "大字";
    public const string WebLargeTextHint = "放大或还原文字";
    public const string WebImageAlt = "图表";
    public const string WebAttach = "上传课程文件（.md、.zip 或题库 .gift/.aiken/.csv/.txt）";
    public const string WebAttachedFile = "📎 {0}";

    public const string WebSignInTitle = "登录";
    public const string WebLocalSignInIntro = "本机试用：输入一个显示名称即可开始。同一名称再次登录会回到同一份学习记录。";
    public const string WebLocalSignInName = "显示名称";
    public const string WebLocalSignInButton = "进入";
    public const string WebLocalSignInNameRequired = "请输入 1 到 40 个字的显示名称。";
    public const string WebTelegramSignInIntro = "请使用 Telegram 账号登录，网页与 Telegram 中的学习记录相同。";
    public const string WebTelegramSignInUnavailable = "Telegram 登录暂不可用（尚未取得机器人信息），请稍后刷新页面。";
    public const string WebTelegramConfirm = "以 {0} 的身份登录？";
    public const string WebTelegramConfirmButton = "确认登录";
    public const string WebTelegramInvalid = "Telegram 登录信息无效或已过期，请重新登录。";
    public const string WebSignInUnavailable = "网页登录未开启：请设置 Telegram:Token 以使用 Telegram 登录；本机试用时请让 Http:Urls 只监听 127.0.0.1。";
    public const string WebForbidden = "您没有访问此页面的权限（需要讲师或管理员）。";
    public const string WebBadRequest = "请求无效或页面已过期，请刷新后重试。";

    public const string DashboardTitle = "管理后台";
    public const string DashboardReportCsv = "导出学时 CSV";
    public const string DashboardCourses = "课程与题目统计";
    public const string DashboardCourseSummary = "{0} 课，{1} 道题，作答 {2} 次，正确率 {3}";
    public const string DashboardFlagged = "多数人答错";
    public const string DashboardGaps = "未找到答案的政策问题";
    public const string DashboardGapsHint = "这些问题在文件中未找到相关规定，可考虑补充相应政策文件。";
    public const string DashboardGapsEmpty = "暂无未找到答案的问题。";
    public static IReadOnlyList<string> DashboardQuestionColumns { get; } = ["课时", "题目", "作答", "正确率", "最常选的错误选项", "区分度"];
    public static IReadOnlyList<string> DashboardGapColumns { get; } = ["问题", "次数", "最近提问"];
}
