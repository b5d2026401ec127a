using Community.Domain.Model;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Polls;

/// <summary>Polls: the <c>Poll</c> and <c>PollOption</c> types and the <c>poll</c> field of a post.</summary>
internal static class PollSchema
{
    public static SchemaBuilder AddPollTypes(this SchemaBuilder builder) => builder
        .ObjectType<Poll>("Poll", t => t
            .Description("The question of a poll post and its options, with the votes so far. Whoever may read the post sees the poll and its results.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The poll's global id; vote takes it.").Resolve(ctx => GlobalId.Encode("Poll", ctx.ParentAs<Poll>().Id)))
            .Field(p => p.Question, f => f.Description("The question asked."))
            .Field("options", "[PollOption!]!", f => f
                .Description($"The answers to choose from, in display order ({Poll.MinOptions} to {Poll.MaxOptions}).")
                .Resolve(ctx => ctx.ParentAs<Poll>().Options.OrderBy(o => o.Position).ToList()))
            .Field(p => p.ClosesAt, f => f.Description("When voting ends; null when the poll stays open until its author closes it."))
            .Field(p => p.ClosedAt, f => f.Description("When the author or a moderator closed the poll by hand; null if not."))
            .Field("isClosed", "Boolean!", f => f
                .Description("Whether votes are refused now: the poll was closed by hand or its closing time has passed.")
                .Resolve(ctx => IsClosed(ctx.ParentAs<Poll>(), ctx.Now())))
            .Field("totalVotes", "Int!", f => f
                .Description("How many members voted (each member has one vote).")
                .ResolveAsync(ctx => ctx.PollVoteCountAsync(ctx.ParentAs<Poll>().Id)))
            .Field("viewerVote", "PollOption", f => f
                .Description("The option the signed-in member voted for; null if they have not voted.")
                .ResolveAsync(async ctx =>
                {
                    var poll = ctx.ParentAs<Poll>();
                    return await ctx.ViewerVoteAsync(poll.Id) is { } optionId ? poll.Options.FirstOrDefault(o => o.Id == optionId) : null;
                })))
        .ObjectType<PollOption>("PollOption", t => t
            .Description("One answer of a poll, with its votes so far.")
            .Field("id", "ID!", f => f.Description("The option's global id; vote takes it.").Resolve(ctx => GlobalId.Encode("PollOption", ctx.ParentAs<PollOption>().Id)))
            .Field(o => o.Text, f => f.Description("The answer's text."))
            .Field(o => o.Position, f => f.Description("The option's place in the poll, from 0."))
            .Field("voteCount", "Int!", f => f
                .Description("How many members chose this option.")
                .ResolveAsync(ctx => ctx.OptionVoteCountAsync(ctx.ParentAs<PollOption>().Id))));

    /// <summary>The <c>poll</c> field of <c>Post</c>.</summary>
    public static ObjectTypeDescriptor<Post> AddPostPollField(this ObjectTypeDescriptor<Post> post) => post
        .Field("poll", "Poll", f => f
            .Description("The poll of a POLL post, with its results; null for other kinds.")
            .ResolveAsync(ctx => ctx.PollOfPostAsync(ctx.ParentAs<Post>().Id)));

    /// <summary>Closed by hand or past its closing time (a poll of a scheduled post is not closed, only not yet open).</summary>
    public static bool IsClosed(Poll poll, DateTime now) => poll.ClosedAt is not null || poll.ClosesAt <= now;
}
