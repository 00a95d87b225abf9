namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of training classes (培训班), check-in (签到), ratings (评价) and red-education sites (红色教育基地).</summary>
public static partial class UiText
{
    public const string CommandClasses = "培训班";
    public const string CommandCheckIn = "签到二维码（讲师）";
    public const string CommandEnrol = "指定参训人员（管理员）";
    public const string CommandAttend = "补记出勤（讲师）";
    public const string CommandSites = "红色教育基地";

    public const string ClassListTitle = "🏫 培训班";
    public const string ClassNone = "目前没有向你开放的培训班。";
    public const string ClassListItem = "《{0}》\n  {1}，{2}";
    public const string ClassFreePlaces = "  名额 {0}，剩余 {1}";
    public const string ClassFull = "  名额 {0}，已满（可报名候补）";
    public const string ClassAssignedLabel = "  指定参训";
    public const string ClassMineEnrolled = "  ✅ 已报名";
    public const string ClassMineWaiting = "  ⏳ 候补第 {0} 位";
    public const string ClassMineAssigned = "  ✅ 参训学员";
    public const string ClassButtonOpen = "查看：{0}";
    public const string ClassDateRange = "{0} 至 {1}";

    public const string ClassPageTitle = "《{0}》";
    public const string ClassPagePlace = "地点：{0}";
    public const string ClassPageTimetable = "课程安排";
    public const string ClassPageSession = "{0} 第 {1} 讲 {2}\n   {3}，{4} 分钟，{5}";
    public const string ClassAttended = "✅";
    public const string ClassAbsent = "⬜";
    public const string ClassUpcoming = "🕘";
    public const string ClassPageStatusEnrolled = "你已报名本班。已出勤 {0}/{1} 讲，结业需出勤率 {2}%。";
    public const string ClassPageStatusAssigned = "你是本班的参训学员。已出勤 {0}/{1} 讲，结业需出勤率 {2}%。";
    public const string ClassPageStatusWaiting = "你在候补名单第 {0} 位：有学员退出时按顺序递补，递补后会通知你。";
    public const string ClassPageStatusNone = "你还没有报名。";
    public const string ClassPageStatusNotAssigned = "本班为指定参训，请以组织通知为准。";
    public const string ClassPageExam = "结业考试：《{0}》（发送 /exam 参加）";
    public const string ClassPageCertificate = "🎓 已结业，证书编号 {0}";
    public const string ClassButtonEnrol = "报名";
    public const string ClassButtonWaitlist = "报名候补";
    public const string ClassButtonWithdraw = "退出报名";
    public const string ClassButtonWithdrawConfirm = "确认退出";
    public const string ClassButtonRoster = "学员名单";
    public const string ClassButtonShowCode = "第 {0} 讲签到二维码";
    public const string ClassButtonRate = "评价第 {0} 讲";
    public const string ClassButtonBack = "返回培训班列表";

    public const string ClassEnrolled = "✅ 报名成功：《{0}》，第一讲 {1} 在 {2}。开课时请扫描讲台上的二维码签到。";
    public const string ClassWaitlisted = "名额已满，你已进入《{0}》的候补名单，目前第 {1} 位。有学员退出时按顺序递补，递补后会通知你。";
    public const string ClassAlreadyEnrolled = "你已经报名了《{0}》。";
    public const string ClassAlreadyWaiting = "你已在《{0}》的候补名单上，目前第 {1} 位。";
    public const string ClassNotForYou = "《{0}》不面向你所在的支部，不能报名。";
    public const string ClassNotOpenForEnrolment = "《{0}》为指定参训，不接受自行报名。";
    public const string ClassEnded = "《{0}》已经结束。";
    public const string ClassWithdrawAsk = "确定退出《{0}》吗？退出后名额会让给候补的同志；再报名需要重新排队。";
    public const string ClassWithdrawn = "你已退出《{0}》。";
    public const string ClassWithdrawnFromWaitlist = "你已退出《{0}》的候补名单。";
    public const string ClassNotEnrolled = "你没有报名《{0}》。";
    public const string ClassPromotedNotice = "《{0}》有学员退出，你已从候补转为正式学员。第一讲 {1} 在 {2}，请按时参加并扫码签到。";

    public const string ClassRosterTitle = "《{0}》学员名单（{1} 人，候补 {2} 人）";
    public const string ClassRosterLine = "{0}. {1}（{2}）出勤 {3}/{4}";
    public const string ClassRosterWaitingTitle = "候补名单";
    public const string ClassRosterWaitingLine = "{0}. {1}（{2}）";
    public const string ClassRosterEmpty = "还没有学员。";
    public const string ClassRosterMore = "……共 {0} 人，完整名单请用网页“培训班”页面或命令行 class report 导出。";
    public const string ClassNoBranch = "未分支部";
    public const string ClassRatingsTitle = "学员评价";
    public const string ClassRatingsLine = "第 {0} 讲“{1}”：{2} 星（{3} 人评价）";
    public const string ClassRatingsNone = "第 {0} 讲“{1}”：暂无评价";
    public const string ClassRatingsOverall = "全班平均：{0} 星（共 {1} 条评价）";

    public const string CheckInNoSession = "现在没有可以签到的课次（开课前后 {0} 分钟内可以签到）。";
    public const string CheckInNextSession = "下一讲：《{0}》第 {1} 讲“{2}”，{3} 开始。";
    public const string CheckInChooseSession = "现在有几讲正在签到，请选择：";
    public const string CheckInSessionButton = "{0} 第 {1} 讲";
    public const string CheckInQrCaption = "《{0}》第 {1} 讲“{2}”签到\n请学员用手机扫码签到。二维码每 {3} 秒更换，{4} 前有效；投影请打开网页：\n{5}\n签到地址：{6}";
    public const string CheckInQrTelegram = "Telegram：{0}";
    public const string CheckInRefresh = "🔄 换新二维码";
    public const string CheckInAttendanceSoFar = "已签到 {0}/{1} 人。";

    public const string CheckInForged = "签到码无效：请扫描现场屏幕上的二维码，不要手动输入。";
    public const string CheckInExpired = "签到码已过期：二维码每分钟更换，请扫描屏幕上最新的二维码。";
    public const string CheckInUnknownSession = "这个签到码对应的培训班或课次已不存在，请联系讲师。";
    public const string CheckInOutsideWindow = "现在不是《{0}》第 {1} 讲的签到时间：{2} 至 {3} 可以签到。";
    public const string CheckInNotParticipant = "你不在《{0}》的学员名单中，不能签到。如已报名，请联系讲师核对。";
    public const string CheckInWaiting = "你在《{0}》的候补名单上（第 {1} 位），还不是正式学员，不能签到。请联系讲师。";
    public const string CheckInDone = "✅ 签到成功：《{0}》第 {1} 讲“{2}”。计入学时 {3}（{4} 分钟）。";
    public const string CheckInAlready = "已签到：你在 {0} 签到了《{1}》第 {2} 讲。";

    public const string AttendUsage = "用法：/attend 培训班标识 讲次 姓名或手机号 原因\n例如：/attend red-green-2026-winter 2 王建国 扫码时手机没电";
    public const string AttendUnknownClass = "没有标识为“{0}”的培训班。";
    public const string AttendUnknownSession = "《{0}》没有第 {1} 讲（共 {2} 讲）。";
    public const string AttendNoReason = "请写明补记的原因，它会记入操作日志。";
    public const string AttendNobody = "找不到“{0}”：请写名册中的姓名或 11 位手机号。";
    public const string AttendAmbiguous = "名册中有 {0} 人叫“{1}”，请改用手机号。";
    public const string AttendDone = "已为 {0} 补记《{1}》第 {2} 讲的出勤，计入学时 {3}。原因：{4}";
    public const string AttendAlready = "{0} 已在 {1} 签到过《{2}》第 {3} 讲，无需补记。";
    public const string AttendNotParticipant = "{0} 不是《{1}》的学员：请先用 /enrol 把他加入名单。";

    public const string EnrolUsage = "用法：/enrol 培训班标识 姓名或手机号 …（可写多个，用空格分开）";
    public const string EnrolDone = "已把 {0} 人加入《{1}》：{2}";
    public const string EnrolAlready = "已在名单中：{0}";
    public const string EnrolProblems = "没有加入：{0}";
    public const string EnrolProblemUnknown = "{0}（名册中没有）";
    public const string EnrolProblemAmbiguous = "{0}（重名，请用手机号）";

    public const string RateAsk = "请为《{0}》第 {1} 讲“{2}”打分（1–5 星）：";
    public const string RateStars = "{0} 星";
    public const string RateThanks = "感谢评价：第 {0} 讲 {1} 星。如有意见建议，可以直接发送“留言 内容”。";
    public const string RateAlready = "你已为第 {0} 讲打过分（{1} 星），这次改为 {2} 星。";
    public const string RateNotAttended = "只有签到了这一讲的学员可以评价。";
    public const string RateNotYet = "这一讲结束后才能评价。";
    public const string RateCommentWord = "留言";
    public const string RateCommentSaved = "已收到你对《{0}》第 {1} 讲的留言，谢谢！";
    public const string RateCommentTooLong = "留言最多 {0} 个字。";
    public const string RatePromptNotice = "《{0}》第 {1} 讲“{2}”已结束。请发送 /classes，进入本班为这一讲打分（1–5 星），你的意见会帮助讲师改进。";

    public const string ClassCertificateNotice = "🎓 祝贺你完成《{0}》，结业证书编号 {1}。发送 /certificates 查看证书。";

    public const string SiteListTitle = "🚩 红色教育基地";
    public const string SiteNone = "还没有登记红色教育基地。";
    public const string SiteListItem = "{0}\n  地点：{1}；每次参观计 {2} 分钟学时；今年已接待 {3} 人次";
    public const string SiteListMine = "  你今年参观了 {0} 次";
    public const string SiteListHint = "到基地后扫描入口处的二维码登记参观。";
    public const string SiteUnknownCode = "这个二维码不是本系统的红色教育基地码，或基地已撤销。";
    public const string SiteVisited = "✅ 已登记参观：{0}。计入学时 {1}（{2} 分钟）。";
    public const string SiteAlreadyToday = "你今天已经登记过参观{0}，每个基地每天记一次学时。";
}
