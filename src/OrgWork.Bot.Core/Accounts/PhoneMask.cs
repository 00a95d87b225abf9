namespace OrgWork.Bot.Core.Accounts;

/// <summary>手机号 as most people may see it: 138****1234. Only admins see the whole number.</summary>
public static class PhoneMask
{
    public static string Mask(string phone) =>
        phone.Length == 11 ? string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(7)) : new string('*', phone.Length);
}
