using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.GraphQL;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Moderation;

/// <summary>Moderation: the <c>Report</c> type, its enums, and the list <c>moderationQueue</c>.</summary>
internal static class ModerationSchema
{
    public static SchemaBuilder AddModerationTypes(this SchemaBuilder builder) => builder
        .EnumType<ReportStatus>("ReportStatus", e => e.Description("Where a report stands.")
            .Value("OPEN", v => v.Description("Waiting for a moderator."))
            .Value("DISMISSED", v => v.Description("A moderator kept the content."))
            .Value("CONTENT_REMOVED", v => v.Description("A moderator removed the content and its author was told.")))
        .EnumType<ReportResolution>("ReportResolution", e => e.Description("What a moderator decides about an open report.")
            .Value("DISMISS", v => v.Description("Keep the content; the report is closed as dismissed."))
            .Value("REMOVE_CONTENT", v => v.Description("Remove the reported post or comment and tell its author.")))
        .ObjectType<Report>("Report", t => t
            .Description("A member's report of a post or comment. Moderators see the reports they may resolve (moderationQueue); a reporter sees their own.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The report's global id; resolveReport takes it.").Resolve(ctx => GlobalId.Encode("Report", ctx.ParentAs<Report>().Id)))
            .Field(r => r.Reason, f => f.Description("Why the reporter thinks the content breaks the rules."))
            .Field(r => r.Status, f => f.Description("Whether the report is open, dismissed, or led to the content's removal."))
            .Field(r => r.CreatedAt, f => f.Description("When the content was reported."))
            .Field(r => r.ResolvedAt, f => f.Description("When a moderator resolved the report; null while open."))
            .Field("reporter", "Member!", f => f
                .Description("Who reported the content.")
                .ResolveAsync(async ctx => await ctx.MemberAsync(ctx.ParentAs<Report>().ReporterId)))
            .Field("resolvedBy", "Member", f => f
                .Description("The moderator who resolved the report; null while open.")
                .ResolveAsync(async ctx => ctx.ParentAs<Report>().ResolvedById is { } id ? await ctx.MemberAsync(id) : null))
            .Field("post", "Post", f => f
                .Description("The reported post, or the post of the reported comment; null once the post is removed.")
                .ResolveAsync(ctx => ctx.ReportedPostAsync(ctx.ParentAs<Report>().PostId)))
            .Field("comment", "Comment", f => f
                .Description("The reported comment; null when the report is about the post itself, or once the comment is removed.")
                .ResolveAsync(async ctx => ctx.ParentAs<Report>().CommentId is { } id ? await ctx.ReportedCommentAsync(id) : null)));

    public static ObjectTypeDescriptor AddModerationQueries(this ObjectTypeDescriptor q, DataConventions data) => q
        .Field("moderationQueue", f => f
            .Description("The reports the viewer may resolve, oldest first unless ordered otherwise: every report for community moderators and admins, the reports on their groups' content for group owners and moderators. Filter on status: OPEN for what is waiting. Other members are refused with AUTH_NOT_AUTHORIZED.")
            .UseDbContext<CommunityDbContext>()
            .UsePaging<Report>(conventions: data)
            .UseProjection<Report>(data)
            .UseFiltering<Report>(data)
            .UseSorting<Report>(data)
            .UseDefaultOrder<Report>(o => o.Ascending(r => r.CreatedAt), data)
            .ResolveAsync(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                var db = ctx.DbContext<CommunityDbContext>();
                return await db.IsModeratorAsync(viewer, ctx.CancellationToken)
                    ? db.ModeratedReports(viewer)
                    : throw new GraphQLException("Only moderators, admins and the owners or moderators of a group see the moderation queue.", SchemaErrorCodes.NotAuthorized);
            }));
}
