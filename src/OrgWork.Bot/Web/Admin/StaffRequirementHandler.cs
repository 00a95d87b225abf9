using Microsoft.AspNetCore.Authorization;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Admin;

/// <summary>Grants <see cref="StaffRequirement"/> to trainers and admins, by the role they have now.</summary>
public sealed class StaffRequirementHandler(StaffAccess access) : AuthorizationHandler<StaffRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRequirement requirement)
    {
        var cancellationToken = (context.Resource as HttpContext)?.RequestAborted ?? CancellationToken.None;
        if (WebUser.IdOf(context.User) is { } id && await access.IsStaffAsync(id, cancellationToken))
        {
            context.Succeed(requirement);
        }
    }
}
