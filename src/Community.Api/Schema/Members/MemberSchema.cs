using Community.Api.Schema.Nodes;
using Community.Api.Schema.Notifications;
using Community.Api.Schema.Recognition;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Members;

/// <summary>Members: the <c>Member</c> type, <c>me</c> and the directory.</summary>
internal static class MemberSchema
{
    public static SchemaBuilder AddMemberTypes(this SchemaBuilder builder, DataConventions data) => builder
        .ObjectType<Member>("Member", t => t
            .Description("A person in the community: an employee or a guest, with a profile.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The member's global id.").Resolve(ctx => GlobalId.Encode("Member", ctx.ParentAs<Member>().Id)))
            .Field(m => m.Handle, f => f.Description("The unique name others mention with @, lower-case."))
            .Field(m => m.DisplayName, f => f.Description("The name shown for the member."))
            .Field(m => m.Title, f => f.Description("Job title, from the intranet's directory."))
            .Field(m => m.Department, f => f.Description("Department, from the intranet's directory."))
            .Field(m => m.Location, f => f.Description("Where the member works."))
            .Field(m => m.About, f => f.Description("What the member wrote about themselves (Markdown)."))
            .Field(m => m.AvatarUrl, "URL", f => f.Description("The picture of the member, hosted by the intranet."))
            .Field(m => m.Skills, "[String!]!", f => f.Description("What the member knows and can be asked about."))
            .Field(m => m.Kind, f => f.Description("Employee or guest."))
            .Field(m => m.Role, f => f.Description("The member's role in the community."))
            .Field(m => m.IsLeader, f => f.Description("Whether an admin flagged the member as a leader; the KPIs' leadership figures follow leaders' posts and comments."))
            .Field(m => m.IsEnabled, f => f.Description("Whether the account is enabled. Admins disable the accounts of people who left; a disabled member's requests are refused."))
            .Field(m => m.CreatedAt, f => f.Description("When the member joined the community."))
            .Field("email", "String", f => f
                .Description("The member's e-mail address. Only the member and admins see it; null for everyone else.")
                .ResolveAsync(async ctx =>
                {
                    var member = ctx.ParentAs<Member>();
                    var viewer = await ctx.ViewerAsync();
                    return viewer.Id == member.Id || viewer.IsAdmin ? member.Email : null;
                }))
            .Field("unreadNotificationCount", "Int", f => f.Description("How many of your notifications are unread; null on any member but you.").ResolveAsync(NotificationSchema.UnreadCountAsync))
            .Field("points", "Int!", f => f.Description("The member's points: the total of everything they earned (posts, comments, reactions, praise, events).").ResolveAsync(RecognitionSchema.PointsAsync))
            .Field("badges", "[EarnedBadge!]!", f => f.Description("The badges the member earned, most recent first.").ResolveAsync(RecognitionSchema.BadgesAsync))
            .Field("praiseReceived", f => RecognitionSchema.PraiseReceived(f, data))
            .Field("praiseGiven", f => RecognitionSchema.PraiseGiven(f, data))
            .Field("followerCount", "Int!", f => f
                .Description("How many members follow this member.")
                .ResolveAsync(ctx => ctx.FollowerCountAsync(ctx.ParentAs<Member>().Id)))
            .Field("viewerFollows", "Boolean!", f => f
                .Description("Whether the signed-in member follows this member.")
                .ResolveAsync(ctx => ctx.ViewerFollowsAsync(ctx.ParentAs<Member>().Id)))
            .Field("groups", f => f
                .Description("The groups this member belongs to, by name unless ordered otherwise, among the groups the viewer may discover: on me, all of the viewer's groups; a secret group shows only to its members.")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<Group>(conventions: data)
                .UseProjection<Group>(data)
                .UseFiltering<Group>(data)
                .UseSorting<Group>(data)
                .UseDefaultOrder<Group>(o => o.Ascending(g => g.Name), data)
                .ResolveAsync(async ctx =>
                {
                    var memberId = ctx.ParentAs<Member>().Id;
                    var db = ctx.DbContext<CommunityDbContext>();
                    return db.VisibleGroups(await ctx.ViewerAsync()).Where(g => db.GroupMemberships.Any(m => m.GroupId == g.Id && m.MemberId == memberId));
                }))
            .Field("posts", f => f
                .Description("The posts this member wrote, newest first unless ordered otherwise, among the posts the viewer may read: posts in groups the viewer may not read are left out.")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<Post>(conventions: data)
                .UseProjection<Post>(data)
                .UseFiltering<Post>(data)
                .UseSorting<Post>(data)
                .UseDefaultOrder<Post>(o => o.Descending(p => p.PublishedAt), data)
                .ResolveAsync(async ctx =>
                {
                    var memberId = ctx.ParentAs<Member>().Id;
                    return ctx.DbContext<CommunityDbContext>().VisiblePosts(await ctx.ViewerAsync(), ctx.Now()).Where(p => p.AuthorId == memberId);
                })));

    public static ObjectTypeDescriptor AddMemberQueries(this ObjectTypeDescriptor q, DataConventions data) => q
            .Field("me", "Member!", f => f
                .Description("The signed-in member.")
                .ResolveAsync(async ctx => await ctx.ViewerAsync()))
            .Field("members", f => f
                .Description("The member directory: employees see every member, guests the members of their groups. Filter by department, location, skills or kind.")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<Member>(conventions: data)
                .UseProjection<Member>(data)
                .UseFiltering<Member>(data)
                .UseSorting<Member>(data)
                .UseDefaultOrder<Member>(o => o.Ascending(m => m.DisplayName), data)
                .ResolveAsync(async ctx => ctx.DbContext<CommunityDbContext>().VisibleMembers(await ctx.ViewerAsync())));
}
