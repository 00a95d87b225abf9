namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of exams (考试) and study plans (学习计划).</summary>
public static partial class UiText
{
    public const string CommandExam = "考试";

    public const string ExamListTitle = "📝 考试";
    public const string ExamNoneOpen = "目前没有向你开放的考试。";
    public const string ExamListItem = "《{0}》\n  限时 {1} 分钟，共 {2} 题，{3} 分合格；开放至 {4}";
    public const string ExamListAttempts = "  已考 {0}/{1} 次";
    public const string ExamListBest = "，最好成绩 {0} 分（{1}）";
    public const string ExamListInProgress = "  ⏳ 正在考试，剩余 {0}";
    public const string ExamListNoAttemptsLeft = "  考试次数已用完";
    public const string ExamButtonStart = "开始考试：{0}";
    public const string ExamButtonResume = "继续考试：{0}";
    public const string ExamButtonReview = "查看答卷：{0}";
    public const string ExamClosedResults = "已结束的考试";
    public const string ExamClosedItem = "《{0}》{1} 分（{2}）";

    public const string ExamStarted = "《{0}》开始计时：限时 {1} 分钟，共 {2} 题，{3} 分合格。\n答题期间不显示对错，交卷后公布得分。到时间未交卷的，系统自动收卷。";
    public const string ExamQuestionHeader = "第 {0}/{1} 题";
    public const string ExamTimeLeft = "⏱ 剩余 {0}";
    public const string ExamMinutesSeconds = "{0} 分 {1} 秒";
    public const string ExamSeconds = "{0} 秒";
    public const string ExamAllAnswered = "全部 {0} 题已作答。确认无误后请交卷。";
    public const string ExamHandIn = "📥 交卷";
    public const string ExamHandInConfirm = "确认交卷吗？已答 {0}/{1} 题，交卷后不能再修改。";
    public const string ExamHandInYes = "确认交卷";
    public const string ExamContinue = "继续答题";

    public const string ExamResultTitle = "《{0}》成绩";
    public const string ExamResultScore = "得分 {0} 分，{1}（答对 {2}/{3} 题，合格线 {4} 分）";
    public const string ExamPassed = "合格";
    public const string ExamFailed = "不合格";
    public const string ExamTimedOut = "考试时间已到，系统已自动收卷。";
    public const string ExamAnswersLater = "各题答案将在考试结束（{0}）后公布。";
    public const string ExamAttemptsLeft = "还可以再考 {0} 次。";
    public const string ExamCertificateIssued = "🎓 已颁发结业证书，编号 {0}。";

    public const string ExamNotOpen = "这场考试现在不开放（开放时间 {0} 至 {1}）。";
    public const string ExamNotForYou = "这场考试不面向你所在的党支部。";
    public const string ExamNoAttemptsLeft = "《{0}》的考试次数（{1} 次）已用完。";
    public const string ExamOver = "这场考试已经交卷。";
    public const string ExamLateAnswer = "考试时间已到，这道题的答案没有被记录。";
    public const string ExamNoQuestionsNow = "这场考试的题目暂时无法组卷，请联系讲师。";
    public const string ExamReviewNotYet = "考试结束（{0}）后才能查看答案。";

    public const string ExamReviewTitle = "《{0}》答卷（第 {1} 次，{2} 分）";
    public const string ExamReviewLine = "{0}. {1} {2}\n  正确答案：{3}；你的答案：{4}";
    public const string ExamReviewUnanswered = "未作答";
    public const string ExamReviewRemoved = "（题目已从内容中删除）";

    public const string ExamResultsEndingHandedIn = "交卷";
    public const string ExamResultsEndingTimedOut = "超时自动收卷";
    public const string ExamResultsEndingInProgress = "考试中";
    public const string ExamResultsSheet = "考试成绩";
    public const string ExamResultsUnknown = "没有标识为“{0}”的考试。";
    public const string ExamResultsWritten = "已写入 {0}：{1} 条考试记录。";

    public static class ExamResultsColumns
    {
        public const string Name = "姓名";
        public const string Phone = "手机号";
        public const string Branch = "所属支部";
        public const string Number = "第几次";
        public const string StartedAt = "开始时间";
        public const string EndedAt = "交卷时间";
        public const string Ending = "交卷方式";
        public const string Answered = "已答题数";
        public const string Correct = "答对题数";
        public const string Questions = "总题数";
        public const string Score = "得分";
        public const string Passed = "是否合格";
    }

    public const string PlanTitle = "学习计划";
    public const string PlanLine = "《{0}》截止 {1}（{2}）";
    public const string PlanDaysLeft = "还有 {0} 天";
    public const string PlanDueToday = "今天截止";
    public const string PlanOverdue = "已过期 {0} 天";
    public const string PlanCourseLine = "  {0} {1}：{2}/{3} 课";
    public const string PlanHoursLine = "  {0} 学时：{1}/{2}";
    public const string PlanReportTitle = "📋 学习计划完成情况";
    public const string PlanReportLine = "《{0}》截止 {1}";
    public const string PlanReportTotal = "全部：{0}/{1} 人完成（{2}%）";
    public const string PlanReportBranch = "  {0}：{1}/{2} 人（{3}%）";
    public const string PlanReminder = "📌 学习计划提醒：《{0}》将于 {1} 截止（还有 {2} 天），你还没有完成。请抓紧学习必修课程{3}，发送 /me 查看进度。";
    public const string PlanReminderHours = "并达到 {0} 学时";
}
