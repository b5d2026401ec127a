using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Moderation;

/// <summary>The mutations of moderation: members report content, moderators resolve reports.</summary>
internal static class ModerationMutations
{
    private static readonly string[] ReportContentCodes =
        [DomainErrorCodes.PostNotFound, DomainErrorCodes.CommentNotFound, DomainErrorCodes.InvalidInput];

    private static readonly string[] ResolveReportCodes =
        [DomainErrorCodes.ReportNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.ReportAlreadyResolved];

    public static SchemaBuilder AddModerationMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("ReportContentInput", i => i
            .Description("A report of a post or of a comment: give exactly one of postId and commentId.")
            .Field("postId", "ID", f => f.Description("The post to report; null when reporting a comment."))
            .Field("commentId", "ID", f => f.Description("The comment to report; null when reporting a post."))
            .Field("reason", "String!", f => f.Description("Why the content breaks the rules, for the moderators; at most 1000 characters.")))
        .ObjectType("ReportContentPayload", t => t
            .Description("The result of reportContent.")
            .Field("report", "Report", f => f.Description("The new report, now in the moderators' queue; null when refused."))
            .Field("errors", "[ReportContentError!]", f => f.Description("Why the report was refused; null when it was filed.")))
        .AddErrorUnion("ReportContentError", "reportContent", ReportContentCodes)
        .InputObjectType("ResolveReportInput", i => i
            .Description("A moderator's decision on an open report.")
            .Field("reportId", "ID!", f => f.Description("The report (Report.id)."))
            .Field("resolution", "ReportResolution!", f => f.Description("Dismiss the report, or remove the content.")))
        .ObjectType("ResolveReportPayload", t => t
            .Description("The result of resolveReport.")
            .Field("report", "Report", f => f.Description("The resolved report; null when refused."))
            .Field("errors", "[ResolveReportError!]", f => f.Description("Why the decision was refused (nothing changed); null when it was applied.")))
        .AddErrorUnion("ResolveReportError", "resolveReport", ResolveReportCodes);

    public static ObjectTypeDescriptor AddModerationMutations(this ObjectTypeDescriptor m) => m
        .Mutation("reportContent", "Reports a post or comment the viewer may read to the moderators. Content the viewer cannot read is not found.",
            "What is reported, and why.", "report", ReportContentCodes, async (ctx, viewer, input) =>
            {
                var postId = input.GetValueOrDefault("postId") is string post ? GlobalId.Decode(post, "Post") : (long?)null;
                var commentId = input.GetValueOrDefault("commentId") is string comment ? GlobalId.Decode(comment, "Comment") : (long?)null;
                if (postId.HasValue == commentId.HasValue)
                {
                    throw new DomainException(DomainErrors.InvalidInput("postId", "give either postId or commentId, not both nor neither."));
                }

                var reportedPostId = postId ?? await PostOfCommentAsync(ctx, commentId!.Value);
                return await Moderation(ctx).ReportAsync(viewer.Id, reportedPostId, (string)input["reason"]!, commentId, ctx.CancellationToken);
            })
        .Mutation("resolveReport", "Resolves an open report: community moderators and admins may resolve any, a group's owners and moderators those on its content. Removing the content deletes it and tells its author.",
            "The report and the decision.", "report", ResolveReportCodes, async (ctx, viewer, input) =>
            {
                var reportId = input.Id("reportId", "Report");
                var outcome = (ReportResolution)input["resolution"]! == ReportResolution.RemoveContent ? ReportStatus.ContentRemoved : ReportStatus.Dismissed;
                // A report the viewer may not see is not found: its id says nothing of the content it names.
                await ReadReportAsync(ctx, reportId);
                await Moderation(ctx).ResolveAsync(viewer.Id, reportId, outcome, ctx.CancellationToken);
                return await ReadReportAsync(ctx, reportId);
            });

    private static ModerationService Moderation(IResolverContext context) => context.Services.GetRequiredService<ModerationService>();

    /// <summary>The post of a comment the viewer may read; any other comment is not found, whatever post it is on.</summary>
    private static async Task<long> PostOfCommentAsync(IResolverContext context, long commentId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        var viewer = await context.ViewerAsync();
        var now = context.Now();
        var postIds = await db.Comments
            .Where(c => c.Id == commentId && c.DeletedAt == null && db.VisiblePosts(viewer, now).Any(p => p.Id == c.PostId))
            .Select(c => c.PostId)
            .ToListAsync(context.CancellationToken);
        return postIds.Count == 1 ? postIds[0] : throw new DomainException(DomainErrors.CommentNotFound(commentId));
    }

    private static async Task<Report> ReadReportAsync(IResolverContext context, long reportId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        var viewer = await context.ViewerAsync();
        return await db.VisibleReports(viewer).AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, context.CancellationToken)
            ?? throw new DomainException(DomainErrors.ReportNotFound(reportId));
    }
}
