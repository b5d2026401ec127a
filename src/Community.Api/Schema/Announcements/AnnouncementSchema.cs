using Community.Api.Schema.Nodes;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Announcements;

/// <summary>
/// Must-read announcements: whom a post is addressed to, whether it asks for acknowledgement, and how far it
/// reached. Who saw what is seen by the post's author, the owners of its group and admins only
/// (<see cref="AccessPolicy.CanSeeReach"/>); others get AUTH_NOT_AUTHORIZED on those fields.
/// </summary>
internal static class AnnouncementSchema
{
    public static SchemaBuilder AddAnnouncementTypes(this SchemaBuilder builder) => builder
        .ObjectType<AudienceView>("AnnouncementAudience", t => t
            .Description("Whom an announcement is addressed to: everyone who may read it, or the members of any of its groups or departments.")
            .Field("everyone", "Boolean!", f => f
                .Description("True when the announcement names no group and no department: it is addressed to everyone who gets it in their feed.")
                .Resolve(ctx => ctx.ParentAs<AudienceView>().Everyone))
            .Field("groups", "[Group!]!", f => f
                .Description("The groups it is addressed to, among the groups you may see: a secret group you do not belong to is left out.")
                .Resolve(ctx => ctx.ParentAs<AudienceView>().Groups))
            .Field("departments", "[String!]!", f => f
                .Description("The departments it is addressed to, as member profiles spell them.")
                .Resolve(ctx => ctx.ParentAs<AudienceView>().Departments)))
        .ObjectType<AnnouncementCoverage>("AnnouncementCoverage", t => t
            .Description("How far an announcement reached, counted over its audience as it is now: disabled members and members outside the audience do not count.")
            .Field(c => c.Targeted, f => f.Description("Enabled members the announcement is addressed to."))
            .Field(c => c.Seen, f => f.Description("Targeted members who have seen it."))
            .Field(c => c.Acknowledged, f => f.Description("Targeted members who have acknowledged it."))
            .Field("seenRate", "Float!", f => f
                .Description("seen / targeted, from 0 to 1; 0 when nobody is targeted.")
                .Resolve(ctx => ctx.ParentAs<AnnouncementCoverage>().SeenRate))
            .Field("acknowledgedRate", "Float!", f => f
                .Description("acknowledged / targeted, from 0 to 1; 0 when nobody is targeted.")
                .Resolve(ctx => ctx.ParentAs<AnnouncementCoverage>().AcknowledgedRate)))
        .ObjectType<PostView>("PostSeen", t => t
            .Description("A member who has seen a post, and when they first saw it.")
            .Field("member", "Member!", f => f
                .Description("Who saw the post.")
                .ResolveAsync(async ctx => await ctx.MemberAsync(ctx.ParentAs<PostView>().MemberId)))
            .Field("seenAt", "DateTime!", f => f
                .Description("When the member first saw the post.")
                .Resolve(ctx => ctx.ParentAs<PostView>().ViewedAt)))
        .InputObjectType("AnnouncementAudienceInput", i => i
            .Description("Whom an announcement is addressed to: the members of any of the groups or of any of the departments. Both empty or absent: everyone who gets it in their feed.")
            .Field("groupIds", "[ID!]", f => f.Description($"Up to {NewAudience.MaxGroups} groups you may see, for a company-wide announcement (an announcement in a group reaches that group's members)."))
            .Field("departments", "[String!]", f => f.Description($"Up to {NewAudience.MaxDepartments} departments, spelled as member profiles spell them (compared exactly).")));

    public static ObjectTypeDescriptor<Post> AddAnnouncementFields(this ObjectTypeDescriptor<Post> post, DataConventions data) => post
        .Field(p => p.RequiresAcknowledgement, f => f.Description("Whether the announcement asks its audience to acknowledge it (acknowledgePost); false on other posts."))
        .Field("audience", "AnnouncementAudience", f => f
            .Description("Whom the announcement is addressed to; null for posts that are not announcements.")
            .ResolveAsync(ctx => ctx.AudienceAsync(ctx.ParentAs<Post>().Id)))
        .Field("viewerHasAcknowledged", "Boolean!", f => f
            .Description("Whether the signed-in member has acknowledged the post.")
            .ResolveAsync(ctx => ctx.ViewerHasAcknowledgedAsync(ctx.ParentAs<Post>().Id)))
        .Field("coverage", "AnnouncementCoverage", f => f
            .Description("How far the announcement reached; null for posts that are not announcements. Only its author, the owners of its group and admins may read it; others get AUTH_NOT_AUTHORIZED.")
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.DbFactory().CreateDbContextAsync(ctx.CancellationToken);
                var audience = await ReachableAudienceAsync(ctx, db);
                return audience is null ? null : await db.CoverageAsync(audience, ctx.CancellationToken);
            }))
        .Field("seenBy", f => f
            .Description("The members who have seen the post, most recent first (each once, at their first view). Only its author, the owners of its group and admins may read it; others get AUTH_NOT_AUTHORIZED.")
            .UseDbContext<CommunityDbContext>()
            .UsePaging<PostView>("PostSeen", conventions: data)
            .UseDefaultOrder<PostView>(o => o.Descending(v => v.ViewedAt), data)
            .ResolveAsync(async ctx =>
            {
                var db = ctx.DbContext<CommunityDbContext>();
                var viewer = await EnsureCanSeeReachAsync(ctx, db);
                var views = db.FirstViews(ctx.ParentAs<Post>().Id);
                if (viewer.IsGuest)
                {
                    var visible = db.VisibleMembers(viewer);
                    views = views.Where(v => visible.Any(m => m.Id == v.MemberId));
                }

                return views;
            }))
        .Field("unseenBy", f => Members(f, data)
            .Description("The members the announcement is addressed to who have not seen it, by name unless ordered otherwise; empty for posts that are not announcements. Only its author, the owners of its group and admins may read it; others get AUTH_NOT_AUTHORIZED.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.DbContext<CommunityDbContext>();
                var audience = await ReachableAudienceAsync(ctx, db);
                return audience is null ? db.Members.Where(m => false) : db.MembersWhoHaveNotSeen(audience);
            }))
        .Field("unacknowledgedBy", f => Members(f, data)
            .Description("The members the announcement is addressed to who have not acknowledged it, by name unless ordered otherwise; empty unless the post is an announcement that asks for acknowledgement. Only its author, the owners of its group and admins may read it; others get AUTH_NOT_AUTHORIZED.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.DbContext<CommunityDbContext>();
                var audience = await ReachableAudienceAsync(ctx, db);
                return audience is { RequiresAcknowledgement: true } ? db.MembersWhoHaveNotAcknowledged(audience) : db.Members.Where(m => false);
            }));

    private static FieldDescriptor Members(FieldDescriptor field, DataConventions data) => field
        .UseDbContext<CommunityDbContext>()
        .UsePaging<Member>(conventions: data)
        .UseProjection<Member>(data)
        .UseFiltering<Member>(data)
        .UseSorting<Member>(data)
        .UseDefaultOrder<Member>(o => o.Ascending(m => m.DisplayName), data);

    /// <summary>The parent post's audience once the viewer is known to be allowed (on any post, so the answer never
    /// depends on what the post is); null when it is not an announcement.</summary>
    private static async Task<AnnouncementAudience?> ReachableAudienceAsync(IResolverContext context, CommunityDbContext db)
    {
        await EnsureCanSeeReachAsync(context, db);
        return await db.AnnouncementAudienceAsync(context.ParentAs<Post>().Id, context.CancellationToken);
    }

    /// <exception cref="GraphQLException">AUTH_NOT_AUTHORIZED: the viewer is not the author, an owner of the post's group or an admin.</exception>
    private static async Task<Member> EnsureCanSeeReachAsync(IResolverContext context, CommunityDbContext db)
    {
        var post = context.ParentAs<Post>();
        var viewer = await context.ViewerAsync();
        var membership = post.GroupId is { } groupId
            ? await db.GroupMemberships.AsNoTracking().FirstOrDefaultAsync(m => m.GroupId == groupId && m.MemberId == viewer.Id, context.CancellationToken)
            : null;
        return AccessPolicy.CanSeeReach(viewer, post.AuthorId, membership)
            ? viewer
            : throw new GraphQLException("Only the author, the owners of the post's group and admins see who read a post and how far it reached.", SchemaErrorCodes.NotAuthorized);
    }
}
