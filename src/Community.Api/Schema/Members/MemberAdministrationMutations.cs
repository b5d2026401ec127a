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
        .Mutation("setMemberRole", "Gives a member a community role (member, moderator, admin). Admins only. A role the sign-in token names is applied again at the member's next sign-in.",
            "The member and the role.", "member", AdministerCodes, (ctx, viewer, input) => Members(ctx)
                .ChangeRoleAsync(viewer.Id, input.Id("memberId", "Member"), (MemberRole)input["role"]!, ctx.CancellationToken))
        .Mutation("disableMember", "Disables a member's account: their requests are refused from then on, with their token or without. Their content stays. Admins only.",
            "The member.", "member", AdministerCodes, (ctx, viewer, input) => Members(ctx)
                .SetEnabledAsync(viewer.Id, input.Id("memberId", "Member"), enabled: false, ctx.CancellationToken))
        .Mutation("enableMember", "Enables a disabled member's account again. Admins only.",
            "The member.", "member", AdministerCodes, (ctx, viewer, input) => Members(ctx)
                .SetEnabledAsync(viewer.Id, input.Id("memberId", "Member"), enabled: true, ctx.CancellationToken));

    private static MemberService Members(IResolverContext context) => context.Services.GetRequiredService<MemberService>();
}
