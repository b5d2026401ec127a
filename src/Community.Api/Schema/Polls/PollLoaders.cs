using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Polls;

/// <summary>
/// Polls and their figures, each loaded for every poll of the request in one statement: a page of
/// poll posts costs the statements a single one costs.
/// </summary>
internal static class PollLoaders
{
    /// <summary>The poll of a post (with its options), or null when the post is not a poll.</summary>
    public static Task<Poll?> PollOfPostAsync(this IResolverContext context, long postId) =>
        Load<Poll?>(context, "poll.byPost", postId, null, async (db, ids, ct) => await db.Polls.AsNoTracking()
            .Include(p => p.Options)
            .Where(p => ids.Contains(p.PostId))
            .ToDictionaryAsync(p => p.PostId, p => (Poll?)p, ct));

    public static Task<int> OptionVoteCountAsync(this IResolverContext context, long optionId) =>
        Load(context, "pollOption.voteCount", optionId, 0, async (db, ids, ct) => await db.PollVotes
            .Where(v => ids.Contains(v.OptionId))
            .GroupBy(v => v.OptionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct));

    public static Task<int> PollVoteCountAsync(this IResolverContext context, long pollId) =>
        Load(context, "poll.voteCount", pollId, 0, async (db, ids, ct) => await db.PollVotes
            .Where(v => ids.Contains(v.PollId))
            .GroupBy(v => v.PollId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct));

    /// <summary>The option the signed-in member voted for in the poll, or null.</summary>
    public static async Task<long?> ViewerVoteAsync(this IResolverContext context, long pollId)
    {
        var viewer = await context.ViewerAsync();
        return await Load<long?>(context, "poll.viewerVote", pollId, null, async (db, ids, ct) => await db.PollVotes
            .Where(v => ids.Contains(v.PollId) && v.MemberId == viewer.Id)
            .ToDictionaryAsync(v => v.PollId, v => (long?)v.OptionId, ct));
    }

    private static async Task<T> Load<T>(IResolverContext context, string name, long key, T missing,
        Func<CommunityDbContext, IReadOnlyList<long>, CancellationToken, Task<Dictionary<long, T>>> query)
    {
        var factory = context.DbFactory();
        var loader = context.DataLoader<long, T>(name, async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await query(db, ids, ct);
        });
        var value = await loader.LoadAsync(key);
        return value is null ? missing : value;
    }
}
