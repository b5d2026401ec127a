using Community.Api.Schema.Errors;
using Community.Api.Schema.Nodes;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Members;

/// <summary>The mutations on members: inviting, editing a profile, following and unfollowing.</summary>
internal static class MemberMutations
{
    private static readonly string[] UpdateProfileCodes =
        [DomainErrorCodes.NotAuthorized, DomainErrorCodes.MemberNotFound, DomainErrorCodes.InvalidInput];

    private static readonly string[] FollowMemberCodes =
        [DomainErrorCodes.MemberNotFound, DomainErrorCodes.MemberDisabled, DomainErrorCodes.CannotFollowSelf, DomainErrorCodes.AlreadyFollowing];

    private static readonly string[] UnfollowMemberCodes = [DomainErrorCodes.MemberNotFound];

    private static readonly string[] InviteMemberCodes =
        [DomainErrorCodes.NotAuthorized, DomainErrorCodes.InvalidInput, DomainErrorCodes.DuplicateHandle, DomainErrorCodes.DuplicateEmail];

    public static SchemaBuilder AddMemberMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("UpdateProfileInput", i => i
            .Description("Changes to a profile: an omitted field keeps its value, null clears it (the display name cannot be cleared).")
            .Field("memberId", "ID", f => f.Description("The member whose profile to edit; the signed-in member when omitted. Only admins edit other members' profiles."))
            .Field("displayName", "String", f => f.Description($"The name shown for the member, at most {Member.NameMaxLength} characters."))
            .Field("title", "String", f => f.Description("Job title; the intranet's directory may overwrite it at the next sign-in."))
            .Field("department", "String", f => f.Description("Department; the intranet's directory may overwrite it at the next sign-in."))
            .Field("location", "String", f => f.Description("Where the member works."))
            .Field("about", "String", f => f.Description($"What the member writes about themselves, in Markdown, at most {Member.AboutMaxLength} characters."))
            .Field("avatarUrl", "URL", f => f.Description("The picture of the member, hosted by the intranet."))
            .Field("skills", "[String!]", f => f.Description("What the member knows, at most 50 skills; replaces the whole list."))
            .Field("isLeader", "Boolean", f => f.Description("Flags the member as a leader for the KPIs' leadership figures; admins only (others are refused with NotAuthorizedError). Omitted or null keeps the flag.")))
        .ObjectType("UpdateProfilePayload", t => t
            .Description("The result of updateProfile.")
            .Field("member", "Member", f => f.Description("The member with the new profile; null when refused."))
            .Field("errors", "[UpdateProfileError!]", f => f.Description("Why the profile was not changed; null when it was.")))
        .AddErrorUnion("UpdateProfileError", "updateProfile", UpdateProfileCodes)
        .InputObjectType("FollowMemberInput", i => i
            .Description("A member to follow: their posts come into the follower's feed.")
            .Field("memberId", "ID!", f => f.Description("The member to follow.")))
        .ObjectType("FollowMemberPayload", t => t
            .Description("The result of followMember.")
            .Field("member", "Member", f => f.Description("The member now followed; null when refused."))
            .Field("errors", "[FollowMemberError!]", f => f.Description("Why the follow was refused; null when it was recorded.")))
        .AddErrorUnion("FollowMemberError", "followMember", FollowMemberCodes)
        .InputObjectType("UnfollowMemberInput", i => i
            .Description("A member to stop following.")
            .Field("memberId", "ID!", f => f.Description("The member to unfollow.")))
        .ObjectType("UnfollowMemberPayload", t => t
            .Description("The result of unfollowMember.")
            .Field("member", "Member", f => f.Description("The member, no longer followed; null when refused."))
            .Field("errors", "[UnfollowMemberError!]", f => f.Description("Why it was refused; null when done.")))
        .AddErrorUnion("UnfollowMemberError", "unfollowMember", UnfollowMemberCodes)
        .InputObjectType("InviteMemberInput", i => i
            .Description("A person an admin invites before their first sign-in; the first token carrying this e-mail address takes the invitation up.")
            .Field("handle", "String!", f => f.Description("How others will mention the member (@handle): 1 to 64 letters, digits, dots, dashes or underscores."))
            .Field("email", "String!", f => f.Description("The e-mail address the intranet's token will carry for this person; no other member may have it."))
            .Field("displayName", "String!", f => f.Description($"The name shown for the member, at most {Member.NameMaxLength} characters; the directory may update it at sign-in."))
            .Field("kind", "MemberKind", f => f.Description("Employee (the default) or guest."))
            .Field("department", "String", f => f.Description("Department, until the intranet's directory says otherwise at sign-in."))
            .Field("title", "String", f => f.Description("Job title, until the intranet's directory says otherwise at sign-in.")))
        .ObjectType("InviteMemberPayload", t => t
            .Description("The result of inviteMember.")
            .Field("member", "Member", f => f.Description("The invited member, who exists from now on; null when refused."))
            .Field("errors", "[InviteMemberError!]", f => f.Description("Why the invitation was refused; null when it was made.")))
        .AddErrorUnion("InviteMemberError", "inviteMember", InviteMemberCodes);

    public static ObjectTypeDescriptor AddMemberMutations(this ObjectTypeDescriptor m) => m
        .Mutation("inviteMember", "Admins only: invites a person by handle, e-mail address and name. The member exists from now (activation counts from this moment) and signs in later with the intranet's token.",
            "Whom to invite.", "member", InviteMemberCodes, (ctx, viewer, input) => Members(ctx).InviteAsync(viewer.Id, new NewInvitation(
                (string)input["handle"]!,
                (string)input["email"]!,
                (string)input["displayName"]!,
                input.GetValueOrDefault("kind") as MemberKind? ?? MemberKind.Employee,
                input.GetValueOrDefault("department") as string,
                input.GetValueOrDefault("title") as string), ctx.CancellationToken))
        .Mutation("updateProfile", "Edits the signed-in member's profile; admins edit anyone's. The e-mail address, kind and role are not part of a profile.",
            "The changes.", "member", UpdateProfileCodes, async (ctx, viewer, input) =>
            {
                var memberId = input.GetValueOrDefault("memberId") is string id ? GlobalId.Decode(id, "Member") : viewer.Id;
                var current = await ctx.MemberAsync(memberId);
                var profile = new MemberProfile(
                    Given(input, "displayName", current?.DisplayName) ?? string.Empty,
                    Given(input, "title", current?.Title),
                    Given(input, "department", current?.Department),
                    Given(input, "location", current?.Location),
                    Given(input, "about", current?.About),
                    Given(input, "avatarUrl", current?.AvatarUrl),
                    input.TryGetValue("skills", out var skills) ? (skills as IEnumerable<object?>)?.Cast<string>().ToList() ?? [] : current?.Skills,
                    input.GetValueOrDefault("isLeader") as bool?);
                return await Members(ctx).UpdateProfileAsync(viewer.Id, memberId, profile, ctx.CancellationToken);
            })
        .Mutation("followMember", "Follows a member the viewer can see: their posts the viewer may read come into the viewer's feed.",
            "The member.", "member", FollowMemberCodes, async (ctx, viewer, input) =>
            {
                var memberId = input.Id("memberId", "Member");
                await RequireVisibleMemberAsync(ctx, memberId);
                await Follows(ctx).FollowAsync(viewer.Id, memberId, ctx.CancellationToken);
                return await RequireVisibleMemberAsync(ctx, memberId);
            })
        .Mutation("unfollowMember", "Stops following a member; nothing changes when the viewer did not follow them.",
            "The member.", "member", UnfollowMemberCodes, async (ctx, viewer, input) =>
            {
                var memberId = input.Id("memberId", "Member");
                await RequireVisibleMemberAsync(ctx, memberId);
                await Follows(ctx).UnfollowAsync(viewer.Id, memberId, ctx.CancellationToken);
                return await RequireVisibleMemberAsync(ctx, memberId);
            });

    private static MemberService Members(IResolverContext context) => context.Services.GetRequiredService<MemberService>();

    private static FollowService Follows(IResolverContext context) => context.Services.GetRequiredService<FollowService>();

    /// <summary>The input's value when the field was given (null clears), else what the member has.</summary>
    private static string? Given(IReadOnlyDictionary<string, object?> input, string field, string? current) =>
        input.TryGetValue(field, out var value) ? value is Uri uri ? uri.OriginalString : value as string : current;

    /// <summary>A member the viewer may see (guests see only the members of their groups); any other is refused as unknown.</summary>
    private static async Task<Member> RequireVisibleMemberAsync(IResolverContext context, long memberId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        return await db.VisibleMembers(await context.ViewerAsync()).AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, context.CancellationToken)
            ?? throw new DomainException(DomainErrors.MemberNotFound(memberId));
    }
}
