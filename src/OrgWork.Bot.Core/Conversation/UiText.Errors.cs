namespace OrgWork.Bot.Core.Conversation;

/// <summary>Texts of the web service's error answers: the pages browsers see and the titles of API problem details.</summary>
public static partial class UiText
{
    public const string ErrorBadRequestTitle = "请求无效";
    public const string ErrorBadRequest = "请求无效或页面已过期，请刷新后重试。";
    public const string ErrorUnauthorizedTitle = "需要登录";
    public const string ErrorUnauthorized = "请先登录后再继续。";
    public const string ErrorForbiddenTitle = "没有权限";
    public const string ErrorForbidden = "您没有访问此页面的权限。";
    public const string ErrorNotFoundTitle = "页面不存在";
    public const string ErrorNotFound = "您访问的页面不存在或已被移除，请检查网址，或返回聊天继续学习。";
    public const string ErrorMethodNotAllowedTitle = "不支持的请求方式";
    public const string ErrorMethodNotAllowed = "此地址不支持这种请求方式。";
    public const string ErrorTooLargeTitle = "内容太大";
    public const string ErrorTooLarge = "提交的内容超过了大小限制，请缩短后重试。";
    public const string ErrorTooManyRequestsTitle = "请求过于频繁";
    public const string ErrorTooManyRequests = "操作过于频繁，请稍后再试。";
    public const string ErrorServerTitle = "服务器出错了";
    public const string ErrorServer = "服务器处理请求时出错，我们已记录此问题。请稍后重试。";
    public const string ErrorUnavailableTitle = "服务暂不可用";
    public const string ErrorUnavailable = "服务暂时不可用，请稍后重试。";
    public const string ErrorOtherTitle = "请求未能完成";
    public const string ErrorOther = "请求未能完成（状态码 {0}），请稍后重试。";
}
