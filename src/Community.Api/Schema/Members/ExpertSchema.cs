using Community.Api.Schema.Nodes;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Members;

/// <summary>
/// "Find an expert": members ranked by what they published, answered and were praised for on a topic
/// over the last year, counting only what the viewer may read.
/// </summary>
internal static class ExpertSchema
{
    /// <summary>How far back contributions count.</summary>
    public const int WindowDays = 365;

    public const int PostWeight = 3;
    public const int AnswerWeight = 2;
    public const int PraiseWeight = 5;
    public const int MaxFirst = 50;

    public static SchemaBuilder AddExpertTypes(this SchemaBuilder builder) => builder
        .ObjectType<Expert>("Expert", t => t
            .Description($"A member ranked on a topic. score = {PostWeight} × posts + {AnswerWeight} × answers + {PraiseWeight} × praise, over the last {WindowDays} days and only over posts the viewer may read.")
            .Field(e => e.Member, f => f.Description("The member."))
            .Field(e => e.Score, f => f.Description("The weighted sum the ranking orders by."))
            .Field(e => e.Posts, f => f.Description("Posts with the topic the member published."))
            .Field(e => e.Answers, f => f.Description("Comments the member wrote on posts with the topic (deleted ones not counted)."))
            .Field(e => e.Praise, f => f.Description("Reactions other members gave to the member's posts with the topic and to the member's comments on them.")));

    public static ObjectTypeDescriptor AddExpertQueries(this ObjectTypeDescriptor q) => q
        .Field("experts", "[Expert!]!", f => f
            .Description($"Find an expert: the members with the highest score on a topic, highest first, ties by the member who joined first (lowest id). See Expert for the score; members without any contribution are left out, and only members the viewer may see are listed.")
            .Argument("skill", "String!", a => a.Description("The topic's name, case-insensitive, with or without a leading #."))
            .Argument("first", "Int", 10, a => a.Description($"How many experts to return, 1 to {MaxFirst}; 10 when omitted or null."))
            .ResolveAsync(async ctx =>
            {
                var first = ctx.Argument<int?>("first") ?? 10;
                if (first is < 1 or > MaxFirst)
                {
                    throw new GraphQLException($"first must be between 1 and {MaxFirst}; {first} was given.", SchemaErrorCodes.InvalidArgument);
                }

                string topic;
                try
                {
                    topic = Topic.Normalize(ctx.Argument<string>("skill")!);
                }
                catch (DomainException exception)
                {
                    throw new GraphQLException($"skill must name a topic: 1 to {Topic.NameMaxLength} characters, with or without a leading #.", exception.Code);
                }

                var viewer = await ctx.ViewerAsync();
                var now = ctx.Now();
                await using var db = await ctx.DbFactory().CreateDbContextAsync(ctx.CancellationToken);
                return await Rank(db, viewer, topic, now.AddDays(-WindowDays), now).Take(first).ToListAsync(ctx.CancellationToken);
            }));

    /// <summary>The ranking as one statement: each visible member's contributions on the topic since <paramref name="since"/>.</summary>
    internal static IQueryable<Expert> Rank(CommunityDbContext db, Member viewer, string topic, DateTime since, DateTime now)
    {
        var topicPosts = db.VisiblePosts(viewer, now)
            .Where(p => db.PostTopics.Any(pt => pt.PostId == p.Id && pt.Topic.Name == topic));
        var comments = db.Comments.Where(c => c.DeletedAt == null && topicPosts.Any(p => p.Id == c.PostId));
        return db.VisibleMembers(viewer).AsNoTracking()
            // Cheap existence checks first, so the scores are computed for contributors only.
            .Where(m => m.IsEnabled && (topicPosts.Any(p => p.AuthorId == m.Id) || comments.Any(c => c.AuthorId == m.Id)))
            .Select(m => new
            {
                Member = m,
                Posts = topicPosts.Count(p => p.AuthorId == m.Id && p.PublishedAt >= since),
                Answers = comments.Count(c => c.AuthorId == m.Id && c.CreatedAt >= since),
                // Driven from the member's own posts and comments, so each count follows the author and subject indexes.
                Praise = topicPosts.Where(p => p.AuthorId == m.Id)
                        .SelectMany(p => db.Reactions.Where(r => r.PostId == p.Id && r.CommentId == null && r.MemberId != m.Id && r.CreatedAt >= since))
                        .Count()
                    + comments.Where(c => c.AuthorId == m.Id)
                        .SelectMany(c => db.Reactions.Where(r => r.CommentId == c.Id && r.MemberId != m.Id && r.CreatedAt >= since))
                        .Count(),
            })
            .Select(x => new { x.Member, x.Posts, x.Answers, x.Praise, Score = (PostWeight * x.Posts) + (AnswerWeight * x.Answers) + (PraiseWeight * x.Praise) })
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Member.Id)
            .Select(x => new Expert(x.Member, x.Score, x.Posts, x.Answers, x.Praise));
    }
}
