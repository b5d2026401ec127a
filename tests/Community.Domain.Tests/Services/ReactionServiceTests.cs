using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class ReactionServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task A_member_has_one_reaction_kind_per_subject()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var fan = await community.MemberAsync("fan");
        var post = await community.PostAsync(author, null);

        await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Like);
        await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Celebrate);

        var context = community.Context();
        var reaction = await context.Reactions.SingleAsync();
        Assert.Equal(ReactionKind.Celebrate, reaction.Kind);
        Assert.Equal(1, await context.ActivityEntries.CountAsync(a => a.Kind == ActivityKind.ReactionAdded));
        Assert.Equal(PointsRules.For(PointsReason.ReactionReceived),
            await context.PointsEntries.Where(p => p.Reason == PointsReason.ReactionReceived).SumAsync(p => p.Points));
    }

    [DatabaseFact]
    public async Task The_unique_index_backs_the_rule_even_without_the_service()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var post = await community.PostAsync(author, null);
        var insert = $"INSERT INTO \"Reactions\" (\"PostId\", \"MemberId\", \"Kind\", \"CreatedAt\") VALUES ({post.Id}, {author.Id}, 0, '2026-03-02 09:00:00+00')";

        community.Database.Execute(insert);
        Assert.ThrowsAny<System.Data.Common.DbException>(() => community.Database.Execute(insert));
        Assert.Equal(1, community.Database.Scalar("SELECT COUNT(*) FROM \"Reactions\""));
    }

    [DatabaseFact]
    public async Task A_comment_is_a_subject_of_its_own()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var fan = await community.MemberAsync("fan");
        var post = await community.PostAsync(author, null);
        var comment = await community.Comments.AddAsync(author.Id, post.Id, "First!");

        await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Like);
        await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Funny, comment.Id);

        Assert.Equal(2, await community.Context().Reactions.CountAsync());
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.CommentNotFound,
            () => community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Like, commentId: 999));
    }

    [DatabaseFact]
    public async Task Own_reactions_earn_nothing_and_withdrawn_ones_give_points_back()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var fan = await community.MemberAsync("fan");
        var post = await community.PostAsync(author, null);

        await community.Reactions.ReactAsync(author.Id, post.Id, ReactionKind.Like);
        await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Like);
        Assert.True(await community.Reactions.RemoveAsync(fan.Id, post.Id));
        Assert.False(await community.Reactions.RemoveAsync(fan.Id, post.Id));

        var context = community.Context();
        var reactionPoints = await context.PointsEntries
            .Where(p => p.Reason == PointsReason.ReactionReceived || p.Reason == PointsReason.ReactionWithdrawn)
            .Select(p => p.Points).ToListAsync();
        Assert.Equal([1, -1], reactionPoints);
        Assert.Equal(1, await context.Reactions.CountAsync());
    }

    public sealed class Sqlite() : ReactionServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : ReactionServiceTests(DatabaseProvider.PostgreSql);
}
