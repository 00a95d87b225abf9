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
}
