using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>
/// A learner's effective role: <c>Bot:Admins</c> (Telegram user ids) are admins — also after such an account was bound
/// to a roster member with another learner id —, everyone else has their stored role.
/// </summary>
public sealed class RoleResolver(IOptionsMonitor<BotOptions> options)
{
    public Role Effective(Learner learner) => Effective(learner, []);

    /// <param name="learner">The learner.</param>
    /// <param name="accountIds">The channel accounts acting as this learner (the Telegram or terminal user of the input, or every bound one).</param>
    public Role Effective(Learner learner, IEnumerable<long> accountIds)
    {
        var admins = options.CurrentValue.Admins;
        return admins.Contains(learner.Id) || accountIds.Any(admins.Contains) ? Role.Admin : learner.Role;
    }
}
