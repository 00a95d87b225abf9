using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>A learner's effective role: <c>Bot:Admins</c> are admins, everyone else has their stored role.</summary>
public sealed class RoleResolver(IOptionsMonitor<BotOptions> options)
{
    public Role Effective(Learner learner) =>
        options.CurrentValue.Admins.Contains(learner.Id) ? Role.Admin : learner.Role;
}
