using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.History;

/// <summary>Admins invite members; the invited person's first token takes the invitation up, and sign-ins are logged once a day.</summary>
public abstract class InvitationTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static readonly NewInvitation Jane = new("jane.doe", "Jane.Doe@corp.example", "Jane Doe", Department: "Sales");

    [DatabaseFact]
    public async Task An_admin_invites_a_member_who_exists_from_the_invitation()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);

        var invited = await community.Members.InviteAsync(admin.Id, Jane);

        var stored = await community.Context().Members.SingleAsync(m => m.Id == invited.Id);
        Assert.Equal(("jane.doe", "jane.doe@corp.example", "Sales"), (stored.Handle, stored.Email, stored.Department));
        Assert.Equal((community.Now, community.Now, (DateTime?)null), (stored.InvitedAt, stored.CreatedAt, stored.FirstSignedInAt));
        Assert.True(stored.IsInvitationPending);
        Assert.Equal(1, await community.Context().MemberStates.At(community.Now).CountAsync(s => s.MemberId == invited.Id && s.IsEnabled));
        Assert.Equal(0, await community.Context().ActivityEntries.CountAsync(a => a.MemberId == invited.Id));
    }

    [DatabaseFact]
    public async Task Invitations_are_refused_to_non_admins_and_for_taken_handles_or_addresses()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.MemberAsync("member");
        await community.Members.InviteAsync(admin.Id, Jane);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Members.InviteAsync(member.Id, Jane with { Handle = "other", Email = "other@corp.example" }));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateHandle,
            () => community.Members.InviteAsync(admin.Id, Jane with { Email = "other@corp.example" }));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateEmail,
            () => community.Members.InviteAsync(admin.Id, Jane with { Handle = "other", Email = "JANE.DOE@corp.example" }));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Members.InviteAsync(admin.Id, Jane with { Handle = "no spaces", Email = "x@corp.example" }));
    }

    [DatabaseFact]
    public async Task The_first_token_with_the_invited_address_takes_the_invitation_up()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var invited = await community.Members.InviteAsync(admin.Id, Jane);
        community.Clock.Advance(TimeSpan.FromDays(3));

        var signedIn = await community.Members.SignInAsync(new ExternalIdentity("sub-jane", "jane.doe@corp.example", "Jane Doe"));

        var stored = await community.Context().Members.SingleAsync(m => m.Id == invited.Id);
        Assert.Equal(invited.Id, signedIn.Id);
        Assert.Equal(("sub-jane", community.Now), (stored.ExternalId, stored.FirstSignedInAt));
        Assert.Equal(TimeSpan.FromDays(3), stored.FirstSignedInAt - stored.InvitedAt);
        Assert.False(stored.IsInvitationPending);
        Assert.Equal([community.Now], await community.Context().ActivityEntries
            .Where(a => a.MemberId == invited.Id && a.Kind == ActivityKind.SignedIn).Select(a => a.OccurredAt).ToListAsync());
        Assert.Equal(2, await community.Context().Members.CountAsync());
    }

    [DatabaseFact]
    public async Task Finding_a_token_s_member_takes_up_the_invitation_too()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var invited = await community.Members.InviteAsync(admin.Id, Jane);

        var found = await community.Members.GetOrCreateAsync(new ExternalIdentity("sub-jane", "jane.doe@corp.example", "Jane Doe"));
        var again = await community.Members.GetOrCreateAsync(new ExternalIdentity("sub-jane", "jane.doe@corp.example", "Jane Doe"));

        Assert.Equal((invited.Id, invited.Id), (found.Id, again.Id));
        Assert.Equal("sub-jane", (await community.Context().Members.SingleAsync(m => m.Id == invited.Id)).ExternalId);
        Assert.Equal(2, await community.Context().Members.CountAsync());
    }

    [DatabaseFact]
    public async Task A_sign_in_is_logged_once_per_UTC_day_and_the_first_one_matches_the_log()
    {
        await using var community = await CommunityAsync();
        var identity = new ExternalIdentity("sub-sam", "sam@corp.example", "Sam");
        var sam = await community.Members.SignInAsync(identity);
        var first = community.Now;
        community.Clock.Advance(TimeSpan.FromHours(2));
        await community.Members.SignInAsync(identity);
        await community.Members.SignInAsync(sam.Id);
        community.Clock.Advance(TimeSpan.FromDays(1));
        await community.Members.SignInAsync(sam.Id);
        await community.Members.SignInAsync(identity);

        var context = community.Context();
        var log = await context.ActivityEntries.Where(a => a.MemberId == sam.Id && a.Kind == ActivityKind.SignedIn)
            .OrderBy(a => a.OccurredAt).Select(a => a.OccurredAt).ToListAsync();
        Assert.Equal([first, community.Now], log);
        Assert.Equal(log[0], (await context.Members.SingleAsync(m => m.Id == sam.Id)).FirstSignedInAt);
    }

    [DatabaseFact]
    public async Task A_disabled_invited_member_is_not_taken_up_nor_signed_in()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var invited = await community.Members.InviteAsync(admin.Id, Jane);
        await community.Members.SetEnabledAsync(admin.Id, invited.Id, enabled: false);

        var refused = await community.Members.SignInAsync(new ExternalIdentity("sub-jane", Jane.Email, "Jane Doe"));

        Assert.Equal((invited.Id, false), (refused.Id, refused.IsEnabled));
        var stored = await community.Context().Members.SingleAsync(m => m.Id == invited.Id);
        Assert.Null(stored.FirstSignedInAt);
        Assert.True(stored.IsInvitationPending);
        Assert.Equal(0, await community.Context().ActivityEntries.CountAsync(a => a.MemberId == invited.Id));
    }

    public sealed class Sqlite() : InvitationTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : InvitationTests(DatabaseProvider.PostgreSql);
}
