namespace OrgWork.Bot.Core.Conversation;

/// <summary>Accounts: binding a chat account to the roster, web sign-in with 手机号, the member pages.</summary>
public static partial class UiText
{
    public const string CommandBind = "绑定党员名册（使用激活码）";
    public const string BindUsage = "用法：/bind 激活码（8 位，由组织部门或支部书记提供）";
    public const string BindInvalidCode = "激活码无效、已使用或已过期，请核对后重试，或向组织部门申请新的激活码。";
    public const string BindAlready = "此账号已绑定为「{0}」，无需再次绑定。";
    public const string BindDone = "绑定成功！您好，{0}（{1}）。今后的学习记录都会记在名册中的本人名下。发送 /me 查看。";
    public const string BindNoBranch = "尚未分配支部";
    public const string AccountDeactivated = "您的账号已停用（已不在党员名册中）。如有疑问，请联系组织部门。";

    public const string WebPasswordSignInTitle = "党员登录";
    public const string WebPhone = "手机号";
    public const string WebPassword = "密码";
    public const string WebSignInButton = "登录";
    public const string WebFirstSignInLink = "第一次登录？使用激活码设置密码";
    public const string WebOidcSignIn = "使用统一身份认证登录";
    public const string WebDemoSignInTitle = "本机试用";
    public const string WebSignInInvalid = "手机号或密码不正确。";
    public const string WebSignInLocked = "错误次数过多，该手机号已锁定，请在 {0} 后再试。";
    public const string WebSignInNotActivated = "该手机号尚未设置密码：第一次登录请使用激活码。";
    public const string WebDemoRefused = "试用登录只在本机开放。请使用手机号和密码登录。";
    public const string WebActivateTitle = "首次登录";
    public const string WebActivateIntro = "请输入党员名册中登记的手机号和组织部门发给您的 8 位激活码，并设置登录密码（至少 8 位）。激活码只能使用一次。";
    public const string WebActivationCode = "激活码";
    public const string WebNewPassword = "新密码（至少 8 位）";
    public const string WebConfirmPassword = "再次输入新密码";
    public const string WebActivateButton = "激活并登录";
    public const string WebActivateInvalid = "手机号或激活码不正确，或激活码已使用、已过期。";
    public const string WebPasswordWeak = "新密码至少 8 位，且两次输入必须一致。";
    public const string WebBackToSignIn = "返回登录";
    public const string WebAccountLink = "我的账号";
    public const string WebAccountTitle = "我的账号";
    public const string WebAccountWho = "{0}（{1}）";
    public const string WebChangePasswordTitle = "修改密码";
    public const string WebCurrentPassword = "当前密码";
    public const string WebChangePasswordButton = "修改密码";
    public const string WebChangePasswordNote = "修改密码后，其他设备上的登录会自动退出。";
    public const string WebPasswordChanged = "密码已修改。其他设备上的登录已退出。";
    public const string WebCurrentPasswordWrong = "当前密码不正确。";
    public const string WebOidcNoMember = "统一身份认证未提供手机号，或该手机号不在党员名册中（或已停用）。请联系组织部门。";

    public const string AuditCodeIssued = "新激活码，有效期至 {0}";

    public static string MemberStatusName(Accounts.MemberStatus status) => status switch
    {
        Accounts.MemberStatus.NotActivated => "未激活",
        Accounts.MemberStatus.Active => "已激活",
        _ => "已停用",
    };

    public static string CategoryName(Storage.MemberCategory category) => category switch
    {
        Storage.MemberCategory.Probationary => "预备党员",
        Storage.MemberCategory.Activist => "入党积极分子",
        Storage.MemberCategory.NonMember => "群众",
        _ => "正式党员",
    };

    public const string MembersTitle = "党员名册";
    public const string MembersLink = "党员名册管理";
    public const string MembersSearch = "姓名或手机号";
    public const string MembersBranch = "所属支部";
    public const string MembersRole = "角色";
    public const string MembersStatus = "状态";
    public const string MembersCategory = "人员类别";
    public const string MembersHours = "本年学时";
    public const string MembersAll = "全部";
    public const string MembersFilter = "查询";
    public const string MembersCount = "共 {0} 人";
    public const string MembersNone = "没有符合条件的党员。";
    public const string MembersPrevious = "上一页";
    public const string MembersNext = "下一页";
    public static IReadOnlyList<string> MembersColumns { get; } = ["姓名", "手机号", "所属支部", "角色", "人员类别", "状态", "最近活跃", "本年学时"];
    public const string MemberChangeBranch = "调整支部";
    public const string MemberChangeRole = "设置角色";
    public const string MemberAccount = "账号";
    public const string MemberSave = "保存";
    public const string MemberIssueCode = "生成新激活码";
    public const string MemberDeactivate = "停用";
    public const string MemberReactivate = "恢复";
    public const string MemberNewCode = "新激活码：{0}（30 天内有效，只显示这一次；旧激活码已作废）";
    public const string MemberSaved = "已保存。";
    public const string MemberUnchanged = "没有变化。";
    public const string CodesPrintTitle = "打印激活码";
    public const string CodesPrintHint = "为所选支部中尚未激活的党员生成新激活码，并打开可打印的激活码单（旧激活码将作废）。";
    public const string CodesPrintButton = "生成并打印";
    public const string CodeSheetTitle = "激活码单";
    public const string CodeSheetHeading = "{0} 党员激活码";
    public const string CodeSheetNote = "请将激活码当面发给本人。登录网页时输入手机号和激活码，或在 Telegram 中发送 /bind 激活码。有效期至 {0}，每个激活码只能使用一次。";
    public const string CodeSheetEmpty = "该支部的党员都已激活。";
    public static IReadOnlyList<string> CodeSheetColumns { get; } = ["姓名", "手机号", "激活码"];
    public const string AuditTitle = "操作记录";
    public const string AuditEmpty = "暂无操作记录。";
    public const string AuditCommandLine = "命令行";
    public static IReadOnlyList<string> AuditColumns { get; } = ["时间", "操作人", "操作", "对象", "变更"];

    public static string AuditActionName(string action) => action switch
    {
        Storage.AuditAction.RosterImport => "导入名册",
        Storage.AuditAction.MemberBranch => "调整支部",
        Storage.AuditAction.MemberRole => "设置角色",
        Storage.AuditAction.MemberDeactivate => "停用",
        Storage.AuditAction.MemberReactivate => "恢复",
        Storage.AuditAction.ActivationCodeIssued => "生成激活码",
        Storage.AuditAction.BranchParent => "设置上级党组织",
        Storage.AuditAction.CertificateRevoked => "撤销证书",
        Storage.AuditAction.AttendanceMarked => "补记出勤",
        Storage.AuditAction.ClassEnrolled => "加入培训班",
        _ => action,
    };

    public const string CodesAllBranches = "全部支部";
    public const string AuditCodesIssued = "批量生成激活码 {0} 人";
    public static IReadOnlyList<string> CodesCsvColumns { get; } = ["姓名", "手机号", "所属支部", "激活码"];
    public const string CodesCsvFilePrefix = "激活码-含手机号";
    public const string CodesCsvButton = "下载 CSV（含手机号）";
    public const string CodesWritten = "已为 {0} 位尚未激活的党员生成新激活码，写入 {1}（含手机号等个人信息，请妥善保管，用后删除）。旧激活码已作废。";
    public const string CodesUnknownBranch = "找不到支部「{0}」。";

    public const string RosterUploadAdminsOnly = "只有管理员可以导入党员名册。";
    public const string RosterUploadPlanned = "名册 {0} 检查通过：{1}。确认导入吗？（名册外的党员不会被停用；如需停用，请使用命令行 roster import --deactivate-missing）";
    public const string RosterUploadImported = "已导入名册 {0}：{1}。";
    public const string RosterUploadChanged = "名册与当前数据对照时出现错误，未导入任何内容。请重新发送文件查看报告。";
    public const string RosterUploadCancelled = "已取消导入名册 {0}，没有任何改动。";
    public const string RosterImportButton = "导入";
    public const string RosterCancelButton = "取消";
    public const string RosterMoreProblems = "……另有 {0} 条问题未列出";
}
