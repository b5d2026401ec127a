using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Groups;

/// <summary>Requests to join a private group: the <c>GroupJoinRequest</c> type, a group's pending requests, and asking, approving and refusing.</summary>
internal static class JoinRequestSchema
{
    private static readonly string[] RequestToJoinGroupCodes =
        [DomainErrorCodes.GroupNotFound, DomainErrorCodes.DuplicateMembership, DomainErrorCodes.DuplicateJoinRequest, DomainErrorCodes.InvalidInput];

    private static readonly string[] ApproveJoinRequestCodes =
        [DomainErrorCodes.JoinRequestNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.MemberDisabled, DomainErrorCodes.DuplicateMembership];

    private static readonly string[] RefuseJoinRequestCodes = [DomainErrorCodes.JoinRequestNotFound, DomainErrorCodes.NotAuthorized];

    public static SchemaBuilder AddJoinRequestTypes(this SchemaBuilder builder) => builder
        .EnumType<JoinRequestStatus>("JoinRequestStatus", e => e.Description("Where a request to join a group stands.")
            .Value("PENDING", v => v.Description("Waiting for an owner or moderator of the group."))
            .Value("APPROVED", v => v.Description("Approved: the member joined the group."))
            .Value("REFUSED", v => v.Description("Refused; the member may ask again.")))
        .ObjectType<GroupJoinRequest>("GroupJoinRequest", t => t
            .Description("A member asking to join a private group. Seen by the member who asked and by those who moderate the group.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The request's global id.").Resolve(ctx => GlobalId.Encode("GroupJoinRequest", ctx.ParentAs<GroupJoinRequest>().Id)))
            .Field("group", "Group!", f => f
                .Description("The group asked for.")
                .ResolveAsync(async ctx => await ctx.GroupAsync(ctx.ParentAs<GroupJoinRequest>().GroupId)))
            .Field("member", "Member!", f => f
                .Description("The member who asked.")
                .ResolveAsync(async ctx => await ctx.MemberAsync(ctx.ParentAs<GroupJoinRequest>().MemberId)))
            .Field(r => r.Status, f => f.Description("Where the request stands."))
            .Field(r => r.RequestedAt, f => f.Description("When the member last asked."))
            .Field(r => r.DecidedAt, f => f.Description("When the request was approved or refused; null while pending.")))
        .InputObjectType("RequestToJoinGroupInput", i => i
            .Description("A private group the signed-in member asks to join.")
            .Field("groupId", "ID!", f => f.Description("The group.")))
        .ObjectType("RequestToJoinGroupPayload", t => t
            .Description("The result of requestToJoinGroup.")
            .Field("joinRequest", "GroupJoinRequest", f => f.Description("The pending request; null when refused."))
            .Field("errors", "[RequestToJoinGroupError!]", f => f.Description("Why the request was not made; null when it was.")))
        .AddErrorUnion("RequestToJoinGroupError", "requestToJoinGroup", RequestToJoinGroupCodes)
        .InputObjectType("ApproveJoinRequestInput", i => i
            .Description("A pending request to approve.")
            .Field("requestId", "ID!", f => f.Description("The request.")))
        .ObjectType("ApproveJoinRequestPayload", t => t
            .Description("The result of approveJoinRequest.")
            .Field("membership", "GroupMembership", f => f.Description("The new member's membership; null when refused."))
            .Field("errors", "[ApproveJoinRequestError!]", f => f.Description("Why the request was not approved; null when it was.")))
        .AddErrorUnion("ApproveJoinRequestError", "approveJoinRequest", ApproveJoinRequestCodes)
        .InputObjectType("RefuseJoinRequestInput", i => i
            .Description("A pending request to refuse.")
            .Field("requestId", "ID!", f => f.Description("The request.")))
        .ObjectType("RefuseJoinRequestPayload", t => t
            .Description("The result of refuseJoinRequest.")
            .Field("joinRequest", "GroupJoinRequest", f => f.Description("The refused request; null when this mutation was refused."))
            .Field("errors", "[RefuseJoinRequestError!]", f => f.Description("Why the request was not refused; null when it was.")))
        .AddErrorUnion("RefuseJoinRequestError", "refuseJoinRequest", RefuseJoinRequestCodes);

    /// <summary>The fields a group gets for requests: its pending requests (for its moderators) and the viewer's own request.</summary>
    public static ObjectTypeDescriptor<Group> AddJoinRequestFields(this ObjectTypeDescriptor<Group> group, DataConventions data) => group
        .Field("joinRequests", f => f
            .Description("The group's pending requests to join, oldest first. Only the group's owners and moderators (and community moderators and admins) see them; for others the field is null with an AUTH_NOT_AUTHORIZED error.")
            .UseDbContext<CommunityDbContext>()
            .UsePaging<GroupJoinRequest>(conventions: data)
            .UseDefaultOrder<GroupJoinRequest>(o => o.Ascending(r => r.RequestedAt), data)
            .ResolveAsync(async ctx =>
            {
                var groupId = ctx.ParentAs<Group>().Id;
                var db = ctx.DbContext<CommunityDbContext>();
                var viewer = await ctx.ViewerAsync();
                if (!await db.ModeratedGroups(viewer).AnyAsync(g => g.Id == groupId, ctx.CancellationToken))
                {
                    throw new GraphQLException("Only the group's owners and moderators see its requests to join.", SchemaErrorCodes.NotAuthorized);
                }

                return db.GroupJoinRequests.Where(r => r.GroupId == groupId && r.Status == JoinRequestStatus.Pending);
            }))
        .Field("viewerJoinRequest", "GroupJoinRequest", f => f
            .Description("The signed-in member's own request to join the group, pending or decided; null when they never asked.")
            .ResolveAsync(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                var factory = ctx.DbFactory();
                return await ctx.DataLoader<long, GroupJoinRequest>("group.viewerJoinRequest", async (ids, ct) =>
                {
                    await using var db = await factory.CreateDbContextAsync(ct);
                    return await db.GroupJoinRequests.AsNoTracking().Where(r => ids.Contains(r.GroupId) && r.MemberId == viewer.Id).ToDictionaryAsync(r => r.GroupId, ct);
                }).LoadAsync(ctx.ParentAs<Group>().Id);
            }));

    public static ObjectTypeDescriptor AddJoinRequestMutations(this ObjectTypeDescriptor m) => m
        .Mutation("requestToJoinGroup", "Asks to join a private group; its owners and moderators approve or refuse. Public groups are joined with joinGroup.",
            "The group.", "joinRequest", RequestToJoinGroupCodes, (ctx, viewer, input) => Groups(ctx)
                .RequestToJoinAsync(viewer.Id, input.Id("groupId", "Group"), ctx.CancellationToken))
        .Mutation("approveJoinRequest", "Approves a pending request to join: the member joins the group. For the group's owners and moderators (and community moderators).",
            "The request.", "membership", ApproveJoinRequestCodes, (ctx, viewer, input) => Groups(ctx)
                .ApproveJoinRequestAsync(viewer.Id, input.Id("requestId", "GroupJoinRequest"), ctx.CancellationToken))
        .Mutation("refuseJoinRequest", "Refuses a pending request to join; the member may ask again. For the group's owners and moderators (and community moderators).",
            "The request.", "joinRequest", RefuseJoinRequestCodes, (ctx, viewer, input) => Groups(ctx)
                .RefuseJoinRequestAsync(viewer.Id, input.Id("requestId", "GroupJoinRequest"), ctx.CancellationToken));

    private static GroupService Groups(IResolverContext context) => context.Services.GetRequiredService<GroupService>();

    /// <summary>A request the viewer may see: their own, or one in a group they moderate.</summary>
    public static IQueryable<GroupJoinRequest> VisibleJoinRequests(CommunityDbContext db, Member viewer) =>
        db.GroupJoinRequests.Where(r => r.MemberId == viewer.Id || db.ModeratedGroups(viewer).Any(g => g.Id == r.GroupId));
}
