using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class PraiseServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task Praise_gives_recipients_points_the_badge_and_a_notification()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var ada = await community.MemberAsync("ada");
        var bob = await community.MemberAsync("bob");
        await community.Praise.DefineBadgeAsync(admin.Id, "mentor", "Mentor", "Helped others grow.");

        var praise = await community.Praise.GiveAsync(admin.Id, null, [ada.Id, bob.Id, ada.Id], "Thank you @ada and @bob!", "Mentor");

        var context = community.Context();
        Assert.Equal(PostKind.Praise, (await context.Posts.SingleAsync()).Kind);
        Assert.Equal([ada.Id, bob.Id], await context.PraiseRecipients.Where(r => r.PraiseId == praise.Id).OrderBy(r => r.MemberId).Select(r => r.MemberId).ToListAsync());
        Assert.Equal(2, await context.MemberBadges.CountAsync());
        Assert.Equal(PointsRules.For(PointsReason.PraiseReceived),
            await context.PointsEntries.Where(p => p.MemberId == ada.Id).SumAsync(p => p.Points));
        Assert.Equal(2, await context.Notifications.CountAsync(n => n.Kind == NotificationKind.Praised));
        Assert.Equal(1, await context.ActivityEntries.CountAsync(a => a.Kind == ActivityKind.PraiseGiven));
    }

    [DatabaseFact]
    public async Task Praise_is_refused_for_oneself_without_recipients_or_with_an_unknown_badge()
    {
        await using var community = await CommunityAsync();
        var giver = await community.MemberAsync("giver");
        var ada = await community.MemberAsync("ada");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.CannotPraiseSelf,
            () => community.Praise.GiveAsync(giver.Id, null, [giver.Id], "Me!"));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Praise.GiveAsync(giver.Id, null, [], "Nobody"));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.BadgeNotFound,
            () => community.Praise.GiveAsync(giver.Id, null, [ada.Id], "Thanks", "no-such-badge"));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.MemberNotFound,
            () => community.Praise.GiveAsync(giver.Id, null, [404], "Thanks"));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Praise.DefineBadgeAsync(giver.Id, "x", "X", null));
    }

    [DatabaseFact]
    public async Task Praise_is_refused_where_a_recipient_cannot_read_it()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var ada = await community.MemberAsync("ada");
        var guest = await community.MemberAsync("guest", kind: MemberKind.Guest);
        var team = await community.Groups.CreateAsync(admin.Id, "Team", null, GroupVisibility.Private);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Praise.GiveAsync(admin.Id, team.Id, [ada.Id], "Thanks"));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Praise.GiveAsync(admin.Id, null, [ada.Id, guest.Id], "Thanks"));

        await community.Groups.AddMemberAsync(admin.Id, team.Id, ada.Id);
        await community.Groups.AddMemberAsync(admin.Id, team.Id, guest.Id);
        var praise = await community.Praise.GiveAsync(admin.Id, team.Id, [ada.Id, guest.Id], "Thanks");
        Assert.Equal(2, await community.Context().PraiseRecipients.CountAsync(r => r.PraiseId == praise.Id));
    }

    public sealed class Sqlite() : PraiseServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : PraiseServiceTests(DatabaseProvider.PostgreSql);
}
