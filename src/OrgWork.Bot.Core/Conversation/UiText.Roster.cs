using System.Reflection;
using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Conversation;

public static partial class UiText
{
    /// <summary><c>新增 N 人，更新 N 人，未变 N 人</c>; <see cref="RosterSummaryDeactivated"/> follows with <c>--deactivate-missing</c>.</summary>
    public const string RosterSummary = "新增 {0} 人，更新 {1} 人，未变 {2} 人";
    public const string RosterSummaryDeactivated = "，停用 {0} 人";
    public const string RosterRefused = "发现 {0} 个错误：没有导入任何人员，请改正后重新导入。";
    public const string RosterDryRun = "试运行：没有写入任何数据。";
    public const string RosterNewBranches = "新建支部 {0} 个：{1}";
    public const string RosterAndMore = "等";
    public const string RosterFileMissing = "找不到文件：{0}";
    public const string RosterActorCommandLine = "命令行";

    // The organisation tree: 党委/党总支 above branches
    public const string ReportParentTitle = "各上级党组织学习情况";
    public const string ReportNoParent = "（未设上级党组织）";
    public const string RankParentTitle = "上级党组织学习排行";
    public const string BranchTreeNoParent = "未设上级党组织";
    public const string BranchParentUsage = "用法：/branch parent 支部名称 上级党组织名称（没有时新建），/branch parent 支部名称 无（取消上级）";
    public const string BranchUnknown = "没有名为「{0}」的党支部。发送 /branch list 查看全部支部。";
    public const string BranchParentSet = "「{0}」的上级党组织已设为「{1}」。";
    public const string BranchParentCleared = "「{0}」不再有上级党组织。";
    public const string BranchParentUnchanged = "「{0}」的上级党组织本来就是「{1}」。";

    public static IReadOnlyList<string> ReportParentColumns { get; } = ["上级党组织", "党员数", "本周活跃", "完成课时", "学时", "正确率"];

    public static IReadOnlyList<string> ReportColumnsFor(Reports.ReportLevel level) =>
        level == Reports.ReportLevel.Parent ? ReportParentColumns : ReportColumns;

    public const string BranchMemberHasBranch = "你已在「{0}」。支部调整以党员名册为准，或请管理员调整；邀请码只用于还没有支部的成员。";

    /// <summary>The roster's column headers (DESIGN §8.1), matched after trimming.</summary>
    public static class RosterColumns
    {
        public const string Name = "姓名";
        public const string Phone = "手机号";
        public const string Branch = "所属支部";
        public const string Parent = "上级党组织";
        public const string Category = "人员类别";
        public const string Position = "职务";
        public const string Role = "角色";

        public static IReadOnlyList<string> All { get; } = [Name, Phone, Branch, Parent, Category, Position, Role];

        public static IReadOnlyList<string> Required { get; } = [Name, Phone, Branch];
    }

    /// <summary>
    /// Every problem a roster file (党员名册) can have, with its stable code: RS0xx the file and its header,
    /// RS1xx a row. A code is never reused for another meaning; README lists them all.
    /// </summary>
    public static class RosterDiagnostics
    {
        private const DiagnosticLevel Error = DiagnosticLevel.Error;
        private const DiagnosticLevel Warning = DiagnosticLevel.Warning;

        // The file and its header
        public static readonly DiagnosticCode FileEmpty = new("RS001", Error, "文件是空的：第一行应是表头（姓名、手机号、所属支部……）");
        public static readonly DiagnosticCode FileType = new("RS002", Error, "不支持的文件类型“{0}”：请另存为 .xlsx 或 .csv");
        public static readonly DiagnosticCode FileUnreadable = new("RS003", Error, "无法读取文件（{0}）：请确认它是 .xlsx 工作簿或 CSV 文本");
        public static readonly DiagnosticCode ColumnMissing = new("RS004", Error, "表头缺少必填的列“{0}”");
        public static readonly DiagnosticCode ColumnUnknown = new("RS005", Warning, "未知的列“{0}”被忽略（可用的列：{1}）");
        public static readonly DiagnosticCode ColumnRepeated = new("RS006", Error, "列“{0}”出现了两次（另见第 {1} 列）");
        public static readonly DiagnosticCode NoMembers = new("RS007", Error, "表头之下没有人员");
        public static readonly DiagnosticCode FileTooLarge = new("RS008", Error, "文件大小为 {0}，超过上限 {1}");

        // Rows
        public static readonly DiagnosticCode NameMissing = new("RS101", Error, "缺少姓名");
        public static readonly DiagnosticCode PhoneMissing = new("RS102", Error, "缺少手机号");
        public static readonly DiagnosticCode PhoneMalformed = new("RS103", Error, "手机号“{0}”格式不对：应为 11 位数字");
        public static readonly DiagnosticCode PhoneDuplicate = new("RS104", Error, "手机号与第 {0} 行重复（第 {0} 行和第 {1} 行是同一个人吗？请只保留一行）");
        public static readonly DiagnosticCode MemberInTwoBranches = new("RS105", Error, "同一手机号出现在两个支部：第 {0} 行是“{1}”，第 {2} 行是“{3}”；一名党员只能属于一个支部");
        public static readonly DiagnosticCode BranchMissing = new("RS106", Error, "缺少所属支部");
        public static readonly DiagnosticCode CategoryUnknown = new("RS107", Error, "未知的人员类别“{0}”（可用：正式党员、预备党员、入党积极分子、群众）");
        public static readonly DiagnosticCode RoleUnknown = new("RS108", Error, "未知的角色“{0}”（可用：党员、讲师、管理员）");
        public static readonly DiagnosticCode ParentConflict = new("RS109", Error, "支部“{0}”的上级党组织在第 {1} 行是“{2}”，这里是“{3}”：一个支部只能有一个上级党组织");
        public static readonly DiagnosticCode ValueTooLong = new("RS110", Error, "“{0}”太长：最多 {1} 个字");

        /// <summary>Every code defined above, in code order.</summary>
        public static IReadOnlyList<DiagnosticCode> All { get; } = typeof(RosterDiagnostics)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }
}
