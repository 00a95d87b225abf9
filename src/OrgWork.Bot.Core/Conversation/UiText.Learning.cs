using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of quizzes, points, branches, rankings and reports.</summary>
public static partial class UiText
{
    public const string CommandQuiz = "课后测验";
    public const string CommandDaily = "每日答题";
    public const string CommandReview = "错题本复习";
    public const string CommandMe = "我的学习";
    public const string CommandRank = "学习排行";
    public const string CommandJoin = "加入党支部";
    public const string CommandBranch = "管理党支部（管理员）";
    public const string CommandGrant = "设置角色（管理员）";
    public const string CommandReport = "支部学习报表（讲师、管理员）";
    public const string CommandStats = "题目统计（讲师）";

    public const string QuizStarted = "开始{0}，共 {1} 题。";
    public const string QuizQuestionHeader = "第 {0}/{1} 题";
    public const string QuizMultipleHint = "（可多选：点选项勾选，再点“提交”）";
    public const string QuizSubmit = "✔ 提交";
    public const string QuizRight = "✅ 回答正确！";
    public const string QuizWrong = "❌ 回答错误。";
    public const string QuizCorrectAnswer = "正确答案：";
    public const string QuizYourAnswer = "你的选择：";
    public const string QuizExplanation = "解析：";
    public const string QuizFinished = "{0}结束";
    public const string QuizScore = "答对 {0}/{1} 题，正确率 {2}%。";
    public const string QuizWrongIntoReview = "答错的 {0} 题已记入错题本，发送 /review 复习。";
    public const string QuizAlreadyFinished = "本次测验已经结束。";
    public const string QuizAlreadyAnswered = "这道题已经作答过了。";
    public const string QuizChooseFirst = "请先勾选至少一个选项。";
    public const string QuizNone = "《{0}》没有测验题。";
    public const string QuizNoneAnywhere = "暂时还没有测验题。";
    public const string QuizListTitle = "课后测验";
    public const string QuizListHint = "选择一课开始测验：";
    public const string QuizListItem = "{0}（{1} 题）";
    public const string QuizListItemDone = "✅ {0}（最好成绩 {1}/{2}）";
    public const string QuizContinue = "▶ 继续：{0}";
    public const string ButtonStartQuiz = "📝 开始测验（{0} 题）";
    public const string ButtonReview = "📒 错题本";

    public const string DailyStreak = "已连续完成每日答题 {0} 天。";
    public const string DailyAlreadyDone = "✅ 今天的每日答题已完成，明天再来吧！下面是今天的成绩：";
    public const string ReviewEmpty = "错题本是空的，继续保持！";
    public const string ReviewNothingDue = "错题本中还有 {0} 题，今天没有到期的题目；下一题 {1} 到期。";

    public const string PointsEarned = "获得积分 +{0}。";
    public const string PointsCapReached = "今天学完课时的积分已达上限（每天 {0} 分），本课不再加分，学时照常记入。";
    public const string LessonCredited = "计入学时 {0}。";
    public const string PointsRulesTitle = "学习积分规则";
    public const string PointsLedgerNote = "每一笔积分都有记录和原因，可随时核对。";
    public const string StudyHoursTitle = "学时";
    public const string StudyHoursRule = "学完一课按该课的学习时长计入学时，每 {0} 分钟计 1 学时；全年目标 {1} 学时。";

    public static string PointRuleLine(PointReason reason) => reason switch
    {
        PointReason.LessonFinished => "学完一课：+{0} 分（每日最多 {1} 分）",
        PointReason.CorrectAnswer => "答对一题：+{0} 分（每日最多 {1} 分）",
        PointReason.DailyQuiz => "完成每日答题：+{0} 分（每天一次）",
        _ => "连续答题奖励：连续 3 天起每天 +{0} 分，连续 7 天起每天 +{1} 分",
    };

    public static string QuizKind(QuestionKind kind) => kind switch
    {
        QuestionKind.MultipleChoice => "（多选）",
        QuestionKind.TrueFalse => "（判断）",
        _ => "（单选）",
    };

    public static string QuizKindName(Storage.QuizKind kind) => kind switch
    {
        Storage.QuizKind.Daily => "每日答题",
        Storage.QuizKind.Review => "错题复习",
        Storage.QuizKind.Exam => "考试",
        _ => "课后测验",
    };

    public const string JoinUsage = "请在 /join 后面写上党支部的邀请码，例如：/join ABCD2345";
    public const string BranchCodeUnknown = "邀请码 {0} 无效，请向党支部确认。";
    public const string BranchJoined = "已加入「{0}」。";
    public const string BranchAlreadyIn = "你已经在「{0}」了。";
    public const string BranchUsage = "用法：/branch add 支部名称（新建并生成邀请码），/branch list（按上级党组织查看全部支部），/branch parent 支部名称 上级党组织名称（设置上级）";
    public const string BranchExists = "已经有名为「{0}」的党支部。";
    public const string BranchCreated = "已新建「{0}」，邀请码：{1}\n党员发送 /join {1} 即可加入，也可以使用带 start={1} 的机器人链接。";
    public const string BranchNone = "还没有党支部，发送 /branch add 支部名称 新建。";
    public const string BranchListTitle = "党支部";
    public const string BranchListItem = "{0}：邀请码 {1}，{2} 名成员";
    public const string GrantUsage = "用法：/grant 用户ID、手机号或姓名 角色（党员、讲师或管理员；也可写 member、trainer、admin）";
    public const string GrantUnknownUser = "找不到「{0}」：请使用党员名册中的手机号或姓名，或对方和机器人对话过的用户ID。";
    public const string GrantAmbiguous = "有 {0} 人叫「{1}」，请改用手机号或编号指定，例如 /grant #编号 讲师：\n{2}";
    public const string GrantChoice = "• {0}，{1}，编号 #{2}";
    public const string Granted = "已将 {0}（{1}）设为{2}。";

    public const string MeTitle = "{0} 的学习情况";
    public const string MeBranch = "所在支部：{0}（{1}）";
    public const string MeNoBranch = "未加入";
    public const string MePoints = "学习积分：{0}（本周 {1}）";
    public const string MeStudyHours = "今年学时：{0} / {1}（{2}%）";
    public const string MeStreak = "每日答题连续天数：{0}";
    public const string MeAccuracy = "答题正确率：{0}/{1}（{2}%）";
    public const string MeNoAnswers = "答题正确率：还没有答过题";
    public const string MeReviewDue = "错题本待复习：{0} 题";
    public const string MeCourses = "课程进度";
    public const string MeCourseLine = "{0}：{1}/{2} 课";

    public const string RankTitle = "党支部学习排行";
    public const string RankThisWeek = "本周（人均积分）";
    public const string RankAllTime = "累计（人均积分）";
    public const string RankPersonThisWeek = "本周积分";
    public const string RankPersonAllTime = "累计积分";
    public const string RankBranchLine = "{0}. {1}：人均 {2:0.0} 分，课程完成率 {3:0%}";
    public const string RankNoBranches = "还没有党支部成员的学习记录。";
    public const string RankHint = "发送 /rank 支部 查看本支部自愿参加的个人排行；/rank on 参加，/rank off 退出；/rank 上级 按上级党组织排行。";
    public const string RankNeedBranch = "加入党支部后才能查看本支部排行：/join 邀请码";
    public const string RankBranchBoardTitle = "本支部个人排行（自愿参加）";
    public const string RankNobodyOptedIn = "本支部还没有人参加个人排行。发送 /rank on 参加。";
    public const string RankPersonLine = "{0}. {1}：{2} 分";
    public const string RankYouAreHidden = "你没有参加个人排行，不会出现在榜单上；发送 /rank on 参加。";
    public const string RankOptedIn = "已参加本支部个人排行。发送 /rank off 可随时退出。";
    public const string RankOptedOut = "已退出个人排行，你的名字不会出现在榜单上。";

    public const string ReportTitle = "各党支部学习情况";
    public const string ReportChartTitle = "各党支部学习情况";
    public const string ReportEmpty = "还没有学习记录。";
    public const string ReportNoBranch = "（未加入支部）";
    public const string ReportNotes = "本周活跃：本周内使用过机器人；学时为今年累计；正确率为全部答题。";
    public static IReadOnlyList<string> ReportColumns { get; } = ["党支部", "党员数", "本周活跃", "完成课时", "学时", "正确率"];

    public const string StatsUsage = "用法：/stats 课程编号或名称，例如 /stats 1";
    public const string StatsTitle = "《{0}》题目统计";
    public const string StatsFlag = "⚠️ 多数人答错　";
    public const string StatsLine = "作答 {0} 次，正确率 {1}";
    public const string StatsWrongOption = "最常选的错误选项：{0}（{1} 次）";
    public const string StatsDiscrimination = "区分度：{0}（高分组与低分组正确率之差）";
    public const string StatsDiscriminationUnknown = "区分度：作答人数不足";
    public const string StatsNoAnswers = "还没有人作答。";
    public const string StatsNoQuestions = "这门课还没有测验题。";
    public const string StatsDeleted = "（已删除）";
}
