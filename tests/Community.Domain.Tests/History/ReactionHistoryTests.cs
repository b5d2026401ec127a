using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.History;

/// <summary>Reactions keep when each kind was given and when it stopped standing, while the current view stays as it was.</summary>
public abstract class ReactionHistoryTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task A_withdrawn_reaction_still_stood_at_the_dates_before_it_was_withdrawn()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var fan = await community.MemberAsync("fan");
        var post = await community.PostAsync(author, null);
        var given = community.Now;
        await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Like);
        community.Clock.Advance(TimeSpan.FromDays(3));
        var withdrawn = community.Now;
        await community.Reactions.RemoveAsync(fan.Id, post.Id);

        var context = community.Context();
        Assert.Equal(0, await context.Reactions.CountAsync());
        Assert.Equal(1, await context.ReactionPeriods.StandingAt(given.AddDays(1)).CountAsync(p => p.GivenAt >= given));
        Assert.Equal(0, await context.ReactionPeriods.StandingAt(withdrawn).CountAsync());
        var period = await context.ReactionPeriods.SingleAsync();
        Assert.Equal((given, withdrawn, fan.Id, post.Id), (period.GivenAt, period.WithdrawnAt, period.MemberId, period.PostId));
    }

    [DatabaseFact]
    public async Task Changing_the_kind_keeps_the_first_kind_with_its_own_time()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var fan = await community.MemberAsync("fan");
        var post = await community.PostAsync(author, null);
        var liked = community.Now;
        await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Like);
        community.Clock.Advance(TimeSpan.FromDays(10));
        var celebrated = community.Now;
        await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Celebrate);
        community.Clock.Advance(TimeSpan.FromDays(1));
        await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Celebrate);

        var context = community.Context();
        Assert.Equal(ReactionKind.Celebrate, (await context.Reactions.SingleAsync()).Kind);
        Assert.Equal([ReactionKind.Like], await context.ReactionPeriods.StandingAt(liked.AddDays(5)).Select(p => p.Kind).ToListAsync());
        Assert.Equal([ReactionKind.Celebrate], await context.ReactionPeriods.StandingAt(community.Now).Select(p => p.Kind).ToListAsync());
        Assert.Equal([(liked, (DateTime?)celebrated), (celebrated, null)],
            (await context.ReactionPeriods.OrderBy(p => p.Id).Select(p => new { p.GivenAt, p.WithdrawnAt }).ToListAsync())
            .Select(p => (p.GivenAt, p.WithdrawnAt)).ToList());
    }

    [DatabaseFact]
    public async Task Reactions_given_in_a_period_that_still_stand_at_its_end_are_counted_the_same_later()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var fans = new[] { await community.MemberAsync("one"), await community.MemberAsync("two"), await community.MemberAsync("three") };
        var post = await community.PostAsync(author, null);
        var from = community.Now;
        foreach (var fan in fans)
        {
            await community.Reactions.ReactAsync(fan.Id, post.Id, ReactionKind.Like);
            community.Clock.Advance(TimeSpan.FromHours(1));
        }

        var to = community.Now;
        Task<int> GivenAndStandingAsync() => community.Context().ReactionPeriods.StandingAt(to).CountAsync(p => p.GivenAt >= from && p.GivenAt < to);
        var backThen = await GivenAndStandingAsync();

        community.Clock.Advance(TimeSpan.FromDays(2));
        await community.Reactions.RemoveAsync(fans[0].Id, post.Id);
        await community.Reactions.ReactAsync(fans[1].Id, post.Id, ReactionKind.Funny);

        Assert.Equal(3, backThen);
        Assert.Equal(backThen, await GivenAndStandingAsync());
        Assert.Equal(2, await community.Context().Reactions.CountAsync());
    }

    public sealed class Sqlite() : ReactionHistoryTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : ReactionHistoryTests(DatabaseProvider.PostgreSql);
}
