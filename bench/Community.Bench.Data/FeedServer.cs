using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Community.Api.Authentication;
using Community.Api.Schema;
using Community.Api.Schema.Posts;
using Community.Domain;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.AspNetCore;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Community.Bench.Data;

/// <summary>
/// One server with two ways to the same feed page: the community schema at <c>/graphql</c>, and
/// <c>/plain/feed</c>, a hand-written minimal-API endpoint that runs the best queries we can write
/// for that page through EF Core and answers the same JSON. Both run as the same member (set on
/// every request, so sign-in costs neither), on the same database.
/// </summary>
internal static class FeedServer
{
    public const string Query = "{ feed(first: 20) { nodes { id title author { displayName } group { name } reactionCounts { kind count } commentCount viewerReaction viewerHasSeen } } }";

    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var database = options.TryGetValue("--postgres", out var connection)
            ? new CommunityDatabase { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection }
            : CommunityDatabase.Sqlite(options.GetValueOrDefault("--database") ?? "/tmp/largeseed/large.db");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.GetValueOrDefault("--urls") ?? "http://127.0.0.1:5090");
        builder.Logging.ClearProviders();
        builder.Services.AddCommunityDomain(database);
        builder.Services.AddSingleton<IEventBus>(new InMemoryEventBus());
        builder.Services.AddGraphQLDataEntityFramework();
        builder.Services.AddGraphQLEndpoint(_ => new RequestExecutor(CommunitySchema.Create(CommunityData.Create(new byte[32]))));
        var app = builder.Build();

        long viewerId;
        await using (var db = database.CreateContext())
        {
            viewerId = await db.Members.Where(m => m.Role == MemberRole.Admin && m.IsEnabled).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CommunityClaimTypes.MemberId, viewerId.ToString(CultureInfo.InvariantCulture))], "bench"));
        app.Use((context, next) =>
        {
            context.User = user;
            return next(context);
        });
        app.MapGraphQL("/graphql");
        app.MapPost("/plain/feed", async (HttpContext context, IDbContextFactory<CommunityDbContext> factory) =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await WritePlainFeedAsync(context.Response.BodyWriter, factory, viewerId, context.RequestAborted);
        });
        Console.WriteLine($"serving the feed of member {viewerId} (admin) at /graphql and /plain/feed");
        await app.RunAsync();
        return 0;
    }

    /// <summary>The same page as <see cref="Query"/>: the viewer, then the page with its figures in one statement, then the reaction counts.</summary>
    public static async Task WritePlainFeedAsync(System.IO.Pipelines.PipeWriter output, IDbContextFactory<CommunityDbContext> factory, long viewerId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var viewer = await db.Members.AsNoTracking().FirstAsync(m => m.Id == viewerId, cancellationToken);
        var page = await PostSchema.Feed(db, viewer, DateTime.UtcNow)
            .OrderByDescending(p => p.IsPinned).ThenByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(20)
            .Select(p => new
            {
                p.Id,
                p.Title,
                Author = p.Author.DisplayName,
                Group = p.Group == null ? null : p.Group.Name,
                CommentCount = db.Comments.Count(c => c.PostId == p.Id && c.DeletedAt == null),
                ViewerReaction = db.Reactions.Where(r => r.PostId == p.Id && r.CommentId == null && r.MemberId == viewer.Id).Select(r => (ReactionKind?)r.Kind).FirstOrDefault(),
                ViewerHasSeen = db.PostViews.Any(v => v.PostId == p.Id && v.MemberId == viewer.Id),
            })
            .ToListAsync(cancellationToken);
        var ids = page.Select(p => p.Id).ToList();
        var counts = (await db.Reactions.Where(r => ids.Contains(r.PostId) && r.CommentId == null)
                .GroupBy(r => new { r.PostId, r.Kind }).Select(g => new { g.Key.PostId, g.Key.Kind, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.PostId);

        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartObject("feed");
        writer.WriteStartArray("nodes");
        foreach (var post in page)
        {
            writer.WriteStartObject();
            writer.WriteString("id", GlobalId.Encode("Post", post.Id));
            writer.WriteString("title", post.Title);
            writer.WriteStartObject("author");
            writer.WriteString("displayName", post.Author);
            writer.WriteEndObject();
            if (post.Group is null)
            {
                writer.WriteNull("group");
            }
            else
            {
                writer.WriteStartObject("group");
                writer.WriteString("name", post.Group);
                writer.WriteEndObject();
            }

            writer.WriteStartArray("reactionCounts");
            foreach (var count in counts[post.Id].OrderBy(c => c.Kind))
            {
                writer.WriteStartObject();
                writer.WriteString("kind", EnumName(count.Kind));
                writer.WriteNumber("count", count.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("commentCount", post.CommentCount);
            if (post.ViewerReaction is { } reaction)
            {
                writer.WriteString("viewerReaction", EnumName(reaction));
            }
            else
            {
                writer.WriteNull("viewerReaction");
            }

            writer.WriteBoolean("viewerHasSeen", post.ViewerHasSeen);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string EnumName(ReactionKind kind) => kind.ToString().ToUpperInvariant();
}
