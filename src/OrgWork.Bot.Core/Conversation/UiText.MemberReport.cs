using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of the member report (<c>report --members</c>, the dashboard), the member's ledger (<c>/me 明细</c>) and the phone-sized branch report.</summary>
public static partial class UiText
{
    public static IReadOnlyList<string> MemberReportColumns { get; } = ["姓名", "所属支部", "上级党组织", "学时", "积分", "必修完成", "考试"];
    public const string MemberReportShortfall = "距目标学时";
    public const string MemberReportOnTarget = "达标";
    public const string MemberReportYes = "是";
    public const string MemberReportNo = "否";
    public const string MemberReportAllSheet = "全部党员";
    public const string MemberReportBelowSheet = "未达标";
    public const string MemberReportFilePrefix = "党员学时积分";
    public const string MemberReportRequired = "{0}/{1}";
    public const string MemberReportExams = "合格 {0}/{1}";
    public const string MemberReportHeading = "党员学习情况 {0} 至 {1}{2}：共 {3} 人";
    public const string MemberReportBelowHeading = "未达到年度目标（{0} 学时）的党员：{1} 人";
    public const string MemberReportEmpty = "没有符合条件的党员。";
    public const string MemberReportYearOrRange = "请只选一种时间范围：按年份（--year），或按起止日期（--from、--to）。";
    public const string MemberReportBadYear = "年份「{0}」无效，请填写 {1} 到 {2} 之间的四位年份。";
    public const string MemberReportBadDate = "日期「{0}」无效，请按 YYYY-MM-DD 填写，例如 2026-03-01。";
    public const string MemberReportFromAfterTo = "开始日期 {0} 晚于结束日期 {1}。";
    public const string MemberReportUnknownBranch = "没有名为「{0}」的党支部。";
    public const string MemberReportUnknownParent = "没有名为「{0}」的上级党组织。";
    public const string MemberReportOptionsNeedMembers = "--year、--from、--to、--branch、--parent 和 --xlsx 只用于党员报表，请加上 --members。";
    public const string MemberReportWritten = "已写入 {0}：{1} 名党员，其中未达标 {2} 人。";

    public const string DashboardMembersLink = "党员学时积分";
    public const string DashboardMembersTitle = "党员学时与积分";
    public const string DashboardMembersHint = "学时与积分按所选时间范围统计；未达标指学时低于年度目标 {0} 学时。";
    public const string DashboardMembersFrom = "开始日期";
    public const string DashboardMembersTo = "结束日期";
    public const string DashboardMembersParent = "上级党组织";
    public const string DashboardMembersBranch = "党支部";
    public const string DashboardMembersAll = "全部";
    public const string DashboardMembersFilter = "查询";
    public const string DashboardMembersXlsx = "导出 Excel";
    public const string DashboardMembersBelow = "未达标党员";
    public const string DashboardMembersBelowNone = "所有党员都已达到年度目标。";
    public const string DashboardMembersShown = "共 {0} 人，页面显示前 {1} 人；完整名单请导出 Excel。";

    public const string LedgerTitle = "{0} 的积分与学时明细";
    public const string LedgerTotals = "累计积分 {0}，今年学时 {1}（{2} 分钟）";
    public const string LedgerEmpty = "还没有积分或学时记录。学完一课、答对题目或完成每日答题都会记在这里。";
    public const string LedgerPageOf = "第 {0}/{1} 页，共 {2} 条";
    public const string LedgerPrevious = "‹ 上一页";
    public const string LedgerNext = "下一页 ›";
    public const string LedgerPointsLine = "{0}  积分 {1:+0;-0;0}  {2}";
    public const string LedgerHoursLine = "{0}  学时 +{1} 分钟  {2}";
    public const string LedgerWebLink = "积分与学时明细";
    public const string LedgerHint = "发送 /me 明细 查看每一条积分和学时记录。";
    public const string LedgerWebTitle = "积分与学时明细";
    public static IReadOnlyList<string> LedgerColumns { get; } = ["日期", "类别", "数量", "原因"];
    public const string LedgerKindPoints = "积分";
    public const string LedgerKindHours = "学时";
    public const string LedgerMinutes = "{0} 分钟";

    /// <summary>Words after <c>/me</c> that open the ledger.</summary>
    public static IReadOnlyList<string> LedgerWords { get; } = ["明细", "积分明细", "学时明细", "detail", "ledger"];

    public static string LedgerPointsReason(PointReason reason, string? lessonTitle) => reason switch
    {
        PointReason.LessonFinished => Format("学完一课《{0}》", lessonTitle ?? "已下线课程"),
        PointReason.CorrectAnswer => "答对一题",
        PointReason.DailyQuiz => "完成每日答题",
        PointReason.StreakBonus => "连续答题奖励",
        _ => "其他",
    };

    public static string LedgerHoursReason(StudyCreditSource source, string? title) => source switch
    {
        StudyCreditSource.Lesson => Format("学完《{0}》", title ?? "已下线课程"),
        StudyCreditSource.ClassSession => title is null ? "参加培训班课程" : Format("参加培训班：{0}", title),
        StudyCreditSource.SiteVisit => Format("到{0}现场学习", title ?? "红色教育基地"),
        _ => "其他",
    };

    /// <summary>A class session in the 学时 ledger: 《班名》第 N 讲“标题”.</summary>
    public const string LedgerClassSession = "《{0}》第 {1} 讲“{2}”";

    public const string ReportPhoneMembers = "党员 {0} 人 · 本周活跃 {1} 人";
    public const string ReportPhoneStudy = "完成 {0} 课 · 学时 {1} · 正确率 {2}";
    public const string ReportChartPeople = "人数（人）";
    public const string ReportChartHours = "学时";
    public const string ReportChartPeopleTitle = "党员与本周活跃";
    public const string ReportChartHoursTitle = "今年累计学时";
}
