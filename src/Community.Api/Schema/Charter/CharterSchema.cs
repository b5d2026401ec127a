using Community.Domain.Model;
using Community.Domain.Text;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Charter;

/// <summary>The community charter: the <c>Charter</c> type and the query <c>charter</c> (the current version).</summary>
internal static class CharterSchema
{
    public static SchemaBuilder AddCharterTypes(this SchemaBuilder builder) => builder
        .ObjectType<Domain.Model.Charter>("Charter", t => t
            .Description("A published version of the community charter, the rules every member is asked to accept. Versions are never edited: admins publish a new one, which asks every member to accept again. Every signed-in member may read it.")
            .Field(c => c.Version, f => f.Description("The version number: 1 for the first charter, one more for each after it. acceptCharter takes it."))
            .Field(c => c.Body, f => f.Description("The charter text, in Markdown."))
            .Field("bodyHtml", "String!", f => f
                .Description("The text rendered to HTML (safe to embed: raw HTML in the Markdown is not passed through).")
                .Resolve(ctx => MarkdownRenderer.ToHtml(ctx.ParentAs<Domain.Model.Charter>().Body)))
            .Field(c => c.PublishedAt, f => f.Description("When this version was published."))
            .Field("publishedBy", "Member!", f => f
                .Description("The admin who published this version.")
                .ResolveAsync(async ctx => await ctx.MemberAsync(ctx.ParentAs<Domain.Model.Charter>().PublishedById)))
            .Field("viewerAcceptedAt", "DateTime", f => f
                .Description("When the signed-in member accepted this version; null when they have not (acceptances of other versions do not count).")
                .ResolveAsync(async ctx => await ViewerAcceptedAtAsync(ctx, ctx.ParentAs<Domain.Model.Charter>().Version))));

    public static ObjectTypeDescriptor AddCharterQueries(this ObjectTypeDescriptor q) => q
        .Field("charter", "Charter", f => f
            .Description("The current community charter (its highest version); null while none has been published. Any signed-in member may read it.")
            .ResolveAsync(async ctx =>
            {
                await ctx.ViewerAsync();
                return await CurrentAsync(ctx);
            }));

    /// <summary>The current charter, read through a context of its own (sibling resolvers run concurrently).</summary>
    public static async Task<Domain.Model.Charter?> CurrentAsync(IResolverContext context)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        return await db.Charters.AsNoTracking().OrderByDescending(c => c.Version).FirstOrDefaultAsync(context.CancellationToken);
    }

    private static async Task<DateTime?> ViewerAcceptedAtAsync(IResolverContext context, int version)
    {
        var viewer = await context.ViewerAsync();
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        return await db.CharterAcceptances
            .Where(a => a.MemberId == viewer.Id && a.CharterVersion == version)
            .Select(a => (DateTime?)a.AcceptedAt)
            .FirstOrDefaultAsync(context.CancellationToken);
    }
}
