namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of the class report (<c>class report</c>, the dashboard's 培训班 pages and their workbook).</summary>
public static partial class UiText
{
    public const string ClassReportHeading = "《{0}》{1} 至 {2}：参训 {3} 人，已结业 {4} 人，平均评分 {5}";
    public const string ClassReportEmpty = "本班还没有参训学员。";
    public const string ClassReportSessionsHeading = "各讲评价";
    public const string ClassReportCommentsHeading = "学员留言";
    public const string ClassReportNoComments = "暂无留言。";
    public const string ClassReportCommentLine = "第{0}讲 {1}（{2} 星）：{3}";
    public const string ClassReportWritten = "已写入 {0}：{1} 名学员，{2} 讲，{3} 条留言。";
    public const string ClassReportUnknown = "没有标识为“{0}”的培训班。发送 /classes 或查看 content/classes 下的文件名。";
    public const string ClassReportRatingNone = "暂无";
    public const string ClassReportRatingValue = "{0}（{1} 条）";

    public const string ClassReportSessionColumn = "第{0}讲";
    public const string ClassReportMarkScan = "✔ {0}";
    public const string ClassReportMarkManual = "✔ 补记";
    public const string ClassReportCompletedYes = "是";
    public const string ClassReportCompletedNo = "否";
    public const string ClassReportExamNone = "未考";
    public const string ClassReportExamUnfinished = "未交卷";
    public const string ClassReportExamScore = "{0} 分 {1}";
    public const string ClassReportExamNotRequired = "—";

    public const string ClassReportMembersSheet = "学员出勤";
    public const string ClassReportSessionsSheet = "课次评价";
    public const string ClassReportCommentsSheet = "留言";
    public const string ClassReportFilePrefix = "培训班";

    /// <summary>Columns of the member rows; the sessions (第1讲 …) go between <see cref="ClassReportColumns.Branch"/> and <see cref="ClassReportColumns.Attended"/>.</summary>
    public static class ClassReportColumns
    {
        public const string Name = "姓名";
        public const string Phone = "手机号";
        public const string Branch = "所属支部";
        public const string Attended = "出勤";
        public const string AttendanceRate = "出勤率";
        public const string Hours = "学时";
        public const string Rating = "评分";
        public const string Exam = "考试";
        public const string Completed = "结业";
        public const string Certificate = "证书编号";
    }

    /// <summary>Columns of the per-session summary.</summary>
    public static class ClassReportSessionColumns
    {
        public const string Number = "讲次";
        public const string Title = "课题";
        public const string Starts = "时间";
        public const string Place = "地点";
        public const string Attendees = "签到人数";
        public const string Average = "平均评分";
        public const string Ratings = "评价人数";
        public const string Comments = "留言数";
    }

    /// <summary>Columns of the comments sheet.</summary>
    public static class ClassReportCommentColumns
    {
        public const string Number = "讲次";
        public const string Title = "课题";
        public const string Name = "姓名";
        public const string Stars = "评分";
        public const string Comment = "留言";
        public const string At = "时间";
    }

    public const string DashboardClassesTitle = "培训班";
    public const string DashboardClassesLink = "培训班";
    public const string DashboardClassesNone = "目前没有培训班（content/classes）。";
    public const string DashboardClassesXlsx = "下载 Excel";
    public const string DashboardClassesBack = "全部培训班";
    public const string DashboardClassesNotHeld = "未开课";
    public const string DashboardClassesHint = "出勤率按已开始的讲次计算；结业需出勤率 {0}%{1}。";
    public const string DashboardClassesHintExam = "并通过考试《{0}》";

    public static class DashboardClassesColumns
    {
        public const string Title = "培训班";
        public const string Dates = "日期";
        public const string Sessions = "讲数";
        public const string Participants = "参训人数";
        public const string AttendanceRate = "出勤率";
        public const string Rating = "平均评分";
        public const string Completed = "结业人数";
    }
}
