namespace OrgWork.Bot.Web.SignIn;

/// <summary>A person the Telegram Login Widget vouched for: their Telegram user id is their learner id.</summary>
public sealed record TelegramLoginUser(long Id, string DisplayName);
