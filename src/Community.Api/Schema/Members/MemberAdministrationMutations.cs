using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Members;

/// <summary>What admins do to accounts: community roles, and disabling or enabling a member.</summary>
internal static class MemberAdministrationMutations
{
    private static readonly string[] AdministerCodes = [DomainErrorCodes.NotAuthorized, DomainErrorCodes.MemberNotFound];

    public static SchemaBuilder AddMemberAdministrationMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("SetMemberRoleInput", i => i
            .Description("A member's new community role.")
            .Field("memberId", "ID!", f => f.Description("The member."))
            .Field("role", "MemberRole!", f => f.Description("The role to give.")))
        .AddPayload("setMemberRole", "member", "Member", "The member with the new role; null when refused.", AdministerCodes)
        .InputObjectType("DisableMemberInput", i => i
            .Description("A member whose account to disable.")
            .Field("memberId", "ID!", f => f.Description("The member.")))
        .AddPayload("disableMember", "member", "Member", "The member, now disabled; null when refused.", AdministerCodes)
        .InputObjectType("EnableMemberInput", i => i
            .Description("A disabled member whose account to enable again.")
            .Field("memberId", "ID!", f => f.Description("The member.")))
        .AddPayload("enableMember", "member", "Member", "The member, enabled again; null when refused.", AdministerCodes);

    public static ObjectTypeDescriptor AddMemberAdministrationMutations(this ObjectTypeDescriptor m) => m
        .Field("setMemberRole", "SetMemberRolePayload!", f => f
            .Description("Gives a member a community role (member, moderator, admin). Admins only. A role the sign-in token names is applied again at the member's next sign-in.")
            .Argument("input", "SetMemberRoleInput!", a => a.Description("The member and the role."))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input();
                var viewer = await ctx.ViewerAsync();
                var memberId = GlobalId.Decode((string)input["memberId"]!, "Member");
                return await MutationResult.RunAsync("member", AdministerCodes, () => ctx.Services.GetRequiredService<MemberService>()
                    .ChangeRoleAsync(viewer.Id, memberId, (MemberRole)input["role"]!, ctx.CancellationToken));
            }))
        .Field("disableMember", "DisableMemberPayload!", f => f
            .Description("Disables a member's account: their requests are refused from then on, with their token or without. Their content stays. Admins only.")
            .Argument("input", "DisableMemberInput!", a => a.Description("The member."))
            .ResolveAsync(ctx => SetEnabledAsync(ctx, enabled: false)))
        .Field("enableMember", "EnableMemberPayload!", f => f
            .Description("Enables a disabled member's account again. Admins only.")
            .Argument("input", "EnableMemberInput!", a => a.Description("The member."))
            .ResolveAsync(ctx => SetEnabledAsync(ctx, enabled: true)));

    private static async Task<Dictionary<string, object?>> SetEnabledAsync(IResolverContext context, bool enabled)
    {
        var input = context.Input();
        var viewer = await context.ViewerAsync();
        var memberId = GlobalId.Decode((string)input["memberId"]!, "Member");
        return await MutationResult.RunAsync("member", AdministerCodes, () => context.Services.GetRequiredService<MemberService>()
            .SetEnabledAsync(viewer.Id, memberId, enabled, context.CancellationToken));
    }
}
