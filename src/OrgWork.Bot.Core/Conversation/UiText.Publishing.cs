namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of trainers' uploads: validation reports, previews, publishing, versions and rollbacks.</summary>
public static partial class UiText
{
    public const string CommandUpload = "上传课时、课程或题库（讲师）";
    public const string CommandPublish = "发布最近一次上传（讲师）";
    public const string CommandVersions = "查看内容的版本（讲师）";
    public const string CommandRollback = "恢复内容的某个版本（讲师）";

    public const string UploadHelp = """
        讲师直接把文件发给机器人即可发布内容：
        • 一课：NN-课时编号.md，例如 03-zunyi.md（同名文件已存在时更新它，否则选择放入哪门课程）
        • 一门课程：把课程文件夹（course.md、各课 .md 和图片）打成 .zip
        • 题库：只有 “## 测验” 的 .md；或 Moodle 的 GIFT（.gift）、Aiken（.txt）格式；或 CSV（question,option1..n,answer,explanation）

        机器人先检查并预览，点“发布”后才写入课程目录；/versions 查看版本，/rollback 恢复旧版本。
        在终端中使用：/upload 文件路径
        """;

    public const string UploadNotAllowed = "只有讲师和管理员可以上传课程内容。";
    public const string UploadWrongType = "不支持“{0}”这种文件。请发送 .md 课时、.zip 课程包，或 .gift、.txt（Aiken）、.csv 题库。";
    public const string UploadBadName = "文件名“{0}”不可用：不要包含路径、冒号或以点开头。";
    public const string UploadTooLarge = "文件“{0}”太大，上限为 {1}。";
    public const string ZipInvalid = "“{0}”不是有效的 zip 压缩包（或已加密）。";
    public const string ZipRejected = "压缩包“{0}”被拒绝，课程目录未改动：";
    public const string ZipUnsafePath = "{0}：路径不安全（含 ..、绝对路径或隐藏文件）";
    public const string ZipLink = "{0}：是链接，不接受";
    public const string ZipWrongType = "{0}：只接受 Markdown（.md）和图片（.png .jpg .jpeg .gif .webp）";
    public const string ZipEntryTooLarge = "{0}：太大，上限为 {1}";
    public const string ZipDuplicate = "{0}：文件名重复";
    public const string ZipTooManyFiles = "压缩包“{0}”的文件超过 {1} 个。";
    public const string ZipTooLargeUnpacked = "压缩包“{0}”解压后超过 {1}。";
    public const string ZipEmpty = "压缩包“{0}”里没有 Markdown 文件。";
    public const string ZipSeveralCourses = "压缩包“{0}”包含多个课程文件夹（{1}）：一个压缩包只能放一门课程。";
    public const string ZipBadCourseName = "无法从“{0}”得到课程编号：请把课程放进一个以课程编号命名的文件夹（例如 long-march/）再压缩。";

    public const string UploadReportTitle = "检查结果：{0}";
    public const string ReportClean = "✅ 没有发现问题。";
    public const string ReportCounts = "{0} 个错误，{1} 个警告：";
    public const string ReportMore = "……另有 {0} 条";
    public const string ReportRejected = "❌ 有错误，未暂存，课程目录未改动。请修改后重新上传。";
    public const string PlanNew = "新增：{0}";
    public const string PlanUpdate = "更新：{0}";
    public const string PlanSame = "未变：{0}";
    public const string PlanCourse = "课程 {0}：新增 {1} 个文件，更新 {2} 个，未变 {3} 个。";
    public const string PlanChooseCourse = "还没有同名的课时文件。请选择放入哪门课程：";
    public const string PlanChooseCourseFile = "请选择这个 course.md 属于哪门课程：";
    public const string PlanNoCourses = "还没有课程：请上传整个课程的 .zip（含 course.md）。";
    public const string PreviewLesson = "👀 预览：学员将看到的第一页";
    public const string PreviewBank = "👀 预览：学员将看到的第一题（题库共 {0} 题）";
    public const string PreviewCourse = "《{0}》共 {1} 课：";
    public const string PreviewIntroduction = "👀 预览：课程介绍";
    public const string PreviewHint = "确认无误后点“发布”（或发送 /publish）；在此之前课程目录不会改动。";

    public const string ButtonPublish = "✅ 发布";
    public const string ButtonCancelUpload = "✖ 取消";
    public const string ButtonTargetCourse = "放入《{0}》";

    public const string UploadCancelled = "已取消“{0}”，课程目录未改动。";
    public const string UploadAlreadyPublished = "这次上传已经发布过了。";
    public const string UploadAlreadyClosed = "这次上传已经取消或过期。";
    public const string UploadSuperseded = "这次上传因基于旧版本而未能发布，请重新上传。";
    public const string UploadNeedsTarget = "请先在上面的消息中选择课程。";
    public const string PublishNothingPending = "你没有待发布的上传。先发送一个 .md、.zip 或题库文件。";
    public const string Published = "✅ 已发布“{0}”：";
    public const string PublishedFile = "{0}（第 {1} 版）";
    public const string PublishedCatalogue = "课程目录已更新：{0} 门课程，{1} 课，{2} 道题。正在学习或答题的学员不受影响。";
    public const string PublishedProblems = "⚠️ 重新加载时发现问题（旧版本保持有效）：";
    public const string PublishNoChange = "内容与课程目录中的文件完全相同，无需发布。";
    public const string PublishConflict = "⚠️ 未发布：{0} 在你上传之后已被{1}于 {2} 更新（第 {3} 版）。为避免覆盖他人的修改，请先查看最新内容，再重新上传。";
    public const string PublishConflictUnknown = "⚠️ 未发布：{0} 在你上传之后已被改动。为避免覆盖他人的修改，请先查看最新内容，再重新上传。";

    public const string VersionsUsage = "用法：/versions 课时（课程编号/课时编号，例如 long-march/setting-out；也可以写课时标题、课程编号或题库文件路径）";
    public const string VersionsUnknown = "找不到“{0}”。" + VersionsUsage;
    public const string VersionsNone = "{0} 还没有版本记录（从未通过机器人发布过）。";
    public const string VersionsTitle = "{0} 的版本";
    public const string VersionLine = "第 {0} 版 · {1} · {2} · {3}";
    public const string VersionCurrent = "（当前）";
    public const string VersionExisting = "发布前的原文件";
    public const string VersionUpload = "上传";
    public const string VersionRollback = "恢复第 {0} 版";
    public const string VersionNobody = "—";
    public const string VersionsHint = "发送 /rollback {0} 版本号 恢复某个版本。";

    public const string RollbackUsage = "用法：/rollback 课时 版本号，例如 /rollback long-march/setting-out 2";
    public const string RollbackNoSuchVersion = "{0} 没有第 {1} 版。发送 /versions {0} 查看。";
    public const string RollbackAlreadyCurrent = "{0} 现在已经是第 {1} 版的内容。";
    public const string RollbackInvalid = "第 {0} 版放到现在的课程中无法通过检查，未恢复：";
    public const string RollbackPreviewTitle = "恢复预览（尚未改动）";
    public const string RollbackPreviewTarget = "{0} 将恢复为：";
    public const string RollbackPreviewFiles = "将改动的文件：";
    public const string RollbackPreviewFile = "{0}（增加 {1} 行，删除 {2} 行）";
    public const string RollbackPreviewRecreated = "{0}（现在不存在，将重新创建，共 {1} 行）";
    public const string RollbackPreviewHint = "点“确认”恢复，点“取消”放弃；确认之前课程目录不会改动。";
    public const string ButtonConfirmRollback = "确认";
    public const string ButtonCancelRollback = "取消";
    public const string RollbackCancelled = "已取消恢复，{0} 未改动。";
    public const string RollbackPreviewOutdated = "预览之后 {0} 又有了新版本，未恢复。请重新发送 /rollback 查看。";
    public const string RolledBack = "✅ 已将 {0} 恢复为第 {1} 版的内容（记为第 {2} 版）。";

    public const string TerminalFileNotFound = "找不到文件：{0}";
}
