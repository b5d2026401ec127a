using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Polls;

/// <summary>
/// The mutations on polls. A poll is published as a post of its own mutation, createPollPost, rather
/// than through createPost: its question and options are required there and meaningless for every
/// other kind, so one input cannot say which fields a kind needs.
/// </summary>
internal static class PollMutations
{
    private static readonly string[] CreatePollPostCodes =
        [DomainErrorCodes.GroupNotFound, DomainErrorCodes.NotAMember, DomainErrorCodes.NotAuthorized, DomainErrorCodes.InvalidInput,
         DomainErrorCodes.BodyEmpty, DomainErrorCodes.BodyTooLong];

    private static readonly string[] VoteCodes = [DomainErrorCodes.PollNotFound, DomainErrorCodes.PollClosed, DomainErrorCodes.ForeignPollOption];

    private static readonly string[] ClosePollCodes = [DomainErrorCodes.PollNotFound, DomainErrorCodes.NotAuthorized];

    public static SchemaBuilder AddPollMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("CreatePollPostInput", i => i
            .Description("A new poll post: the post's text, and the question with its options. Give groupId to post in a group, none for the company-wide space.")
            .Field("groupId", "ID", f => f.Description("The group to post in; null for the company-wide space (employees only)."))
            .Field("title", "String", f => f.Description($"An optional title, at most {Post.TitleMaxLength} characters."))
            .Field("body", "String!", f => f.Description("The text of the post around the poll, in Markdown; @handles mention members."))
            .Field("topics", "[String!]", f => f.Description("Up to 10 topics, created as needed."))
            .Field("publishAt", "DateTime", f => f.Description("When the post becomes visible (and the poll opens); now when omitted."))
            .Field("question", "String!", f => f.Description("The question, at most 300 characters."))
            .Field("options", "[String!]!", f => f.Description($"{Poll.MinOptions} to {Poll.MaxOptions} answers, each at most 200 characters and each different, in display order."))
            .Field("closesAt", "DateTime", f => f.Description("When voting ends, after publishAt; null keeps the poll open until its author closes it.")))
        .ObjectType("CreatePollPostPayload", t => t
            .Description("The result of createPollPost: the new post (its poll in post.poll), or why it was refused.")
            .Field("post", "Post", f => f.Description("The new poll post; null when refused."))
            .Field("errors", "[CreatePollPostError!]", f => f.Description("Why the poll was refused; null when it was created.")))
        .AddErrorUnion("CreatePollPostError", "createPollPost", CreatePollPostCodes)
        .InputObjectType("VoteInput", i => i
            .Description("A vote in a poll; voting again moves the vote to the other option.")
            .Field("pollId", "ID!", f => f.Description("The poll (Poll.id)."))
            .Field("optionId", "ID!", f => f.Description("The chosen option, one of the poll's (PollOption.id).")))
        .ObjectType("VotePayload", t => t
            .Description("The result of vote.")
            .Field("poll", "Poll", f => f.Description("The poll with its new results; null when refused."))
            .Field("errors", "[VoteError!]", f => f.Description("Why the vote was refused (nothing was recorded); null when it counted.")))
        .AddErrorUnion("VoteError", "vote", VoteCodes)
        .InputObjectType("ClosePollInput", i => i
            .Description("Closes a poll before its closing time.")
            .Field("pollId", "ID!", f => f.Description("The poll (Poll.id).")))
        .ObjectType("ClosePollPayload", t => t
            .Description("The result of closePoll.")
            .Field("poll", "Poll", f => f.Description("The closed poll; null when refused."))
            .Field("errors", "[ClosePollError!]", f => f.Description("Why the poll stays open; null when it was closed.")))
        .AddErrorUnion("ClosePollError", "closePoll", ClosePollCodes);

    public static ObjectTypeDescriptor AddPollMutations(this ObjectTypeDescriptor m) => m
        .Mutation("createPollPost", "Publishes a poll post (or schedules it). Subscribers of postCreated who may read it receive it.",
            "The post and its poll.", "post", CreatePollPostCodes, (ctx, viewer, input) => ctx.Services.GetRequiredService<PostService>().CreateAsync(
                viewer.Id,
                new NewPost(
                    input.GetValueOrDefault("groupId") is string group ? GlobalId.Decode(group, "Group") : null,
                    PostKind.Poll,
                    (string)input["body"]!,
                    input.GetValueOrDefault("title") as string,
                    (input.GetValueOrDefault("topics") as IEnumerable<object?>)?.Cast<string>().ToList(),
                    PublishAt: (input.GetValueOrDefault("publishAt") as DateTimeOffset?)?.UtcDateTime,
                    Poll: new NewPoll(
                        (string)input["question"]!,
                        ((IEnumerable<object?>)input["options"]!).Cast<string>().ToList(),
                        (input.GetValueOrDefault("closesAt") as DateTimeOffset?)?.UtcDateTime)),
                ctx.CancellationToken))
        .Mutation("vote", "Votes in an open poll of a post the viewer may read; voting again moves the vote. A refused vote records nothing.",
            "The poll and the chosen option.", "poll", VoteCodes, async (ctx, viewer, input) =>
            {
                var pollId = input.Id("pollId", "Poll");
                await Polls(ctx).VoteAsync(viewer.Id, pollId, input.Id("optionId", "PollOption"), ctx.CancellationToken);
                return await ReadPollAsync(ctx, pollId);
            })
        .Mutation("closePoll", "Closes a poll early: its post's author or a moderator may. Closing a closed poll changes nothing.",
            "The poll.", "poll", ClosePollCodes, async (ctx, viewer, input) =>
            {
                var pollId = input.Id("pollId", "Poll");
                await Polls(ctx).CloseAsync(viewer.Id, pollId, ctx.CancellationToken);
                return await ReadPollAsync(ctx, pollId);
            });

    private static PollService Polls(IResolverContext context) => context.Services.GetRequiredService<PollService>();

    /// <summary>The poll as the viewer now reads it (the domain has just checked they may).</summary>
    private static async Task<Poll> ReadPollAsync(IResolverContext context, long pollId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        return await db.Polls.AsNoTracking().Include(p => p.Options).FirstOrDefaultAsync(p => p.Id == pollId, context.CancellationToken)
            ?? throw new DomainException(DomainErrors.PollNotFound(pollId));
    }
}
