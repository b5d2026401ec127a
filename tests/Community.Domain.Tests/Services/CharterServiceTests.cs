using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class CharterServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task Admins_publish_numbered_versions_and_the_highest_is_current()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);

        Assert.Null(await community.Charter.CurrentAsync());
        var first = await community.Charter.PublishAsync(admin.Id, "  Be **kind**.  ");
        community.Clock.Advance(TimeSpan.FromDays(1));
        var second = await community.Charter.PublishAsync(admin.Id, "Be kind. Be curious.");

        Assert.Equal((1, "Be **kind**."), (first.Version, first.Body));
        var current = await community.Charter.CurrentAsync();
        Assert.NotNull(current);
        Assert.Equal((2, "Be kind. Be curious.", admin.Id, community.Now), (current.Version, current.Body, current.PublishedById, current.PublishedAt));
    }

    [DatabaseFact]
    public async Task Only_admins_publish_and_only_a_body_of_sensible_length()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var moderator = await community.MemberAsync("moderator", role: MemberRole.Moderator);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Charter.PublishAsync(moderator.Id, "My rules"));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.BodyEmpty,
            () => community.Charter.PublishAsync(admin.Id, "   "));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.BodyTooLong,
            () => community.Charter.PublishAsync(admin.Id, new string('x', Charter.MaxBodyLength + 1)));
        Assert.Equal(0, await community.Context().Charters.CountAsync());
    }

    [DatabaseFact]
    public async Task A_member_accepts_the_current_version_once_and_accepting_again_keeps_the_first_time()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.MemberAsync("member");
        await community.Charter.PublishAsync(admin.Id, "Be kind.");
        var acceptedAt = community.Now;

        Assert.False(await community.Charter.HasAcceptedCurrentAsync(member.Id));
        await community.Charter.AcceptAsync(member.Id, 1);
        community.Clock.Advance(TimeSpan.FromHours(1));
        var again = await community.Charter.AcceptAsync(member.Id, 1);

        Assert.Equal(acceptedAt, again.AcceptedAt);
        Assert.Equal(acceptedAt, await community.Charter.AcceptedCurrentAtAsync(member.Id));
        Assert.False(await community.Charter.HasAcceptedCurrentAsync(admin.Id));
        Assert.Equal(1, await community.Context().CharterAcceptances.CountAsync());
    }

    [DatabaseFact]
    public async Task A_stale_version_is_refused_and_a_new_version_asks_everyone_again()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.MemberAsync("member");
        await community.Charter.PublishAsync(admin.Id, "Be kind.");
        await community.Charter.AcceptAsync(member.Id, 1);

        await community.Charter.PublishAsync(admin.Id, "Be kind. Be curious.");

        Assert.False(await community.Charter.HasAcceptedCurrentAsync(member.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.CharterVersionStale,
            () => community.Charter.AcceptAsync(member.Id, 1));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.CharterVersionStale,
            () => community.Charter.AcceptAsync(member.Id, 3));
        await community.Charter.AcceptAsync(member.Id, 2);
        Assert.True(await community.Charter.HasAcceptedCurrentAsync(member.Id));
    }

    [DatabaseFact]
    public async Task Nothing_to_accept_before_a_charter_and_disabled_members_accept_nothing()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.MemberAsync("member");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.CharterNotPublished,
            () => community.Charter.AcceptAsync(member.Id, 1));
        Assert.False(await community.Charter.HasAcceptedCurrentAsync(member.Id));

        await community.Charter.PublishAsync(admin.Id, "Be kind.");
        await community.Members.SetEnabledAsync(admin.Id, member.Id, enabled: false);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.MemberDisabled,
            () => community.Charter.AcceptAsync(member.Id, 1));
    }

    public sealed class Sqlite() : CharterServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : CharterServiceTests(DatabaseProvider.PostgreSql);
}
