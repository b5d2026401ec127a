using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

/// <summary><see cref="MemberService.SignInAsync(ExternalIdentity, CancellationToken)"/>: a token's person becomes and stays a member.</summary>
public abstract class MemberSignInTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static readonly ExternalIdentity Jane = new("sub-jane", "Jane.Doe@corp.example", "Jane Doe", Department: "Sales", Title: "Account manager");

    [DatabaseFact]
    public async Task The_first_sign_in_creates_the_member_from_the_token()
    {
        await using var community = await CommunityAsync();

        var member = await community.Members.SignInAsync(Jane with { IsGuest = true, Role = MemberRole.Analyst });

        var stored = await community.Context().Members.SingleAsync(m => m.Id == member.Id);
        Assert.Equal(("sub-jane", "jane.doe", "jane.doe@corp.example", "Jane Doe"), (stored.ExternalId, stored.Handle, stored.Email, stored.DisplayName));
        Assert.Equal(("Sales", "Account manager", MemberKind.Guest, MemberRole.Analyst), (stored.Department, stored.Title, stored.Kind, stored.Role));
        Assert.Equal(community.Now, stored.FirstSignedInAt);
        Assert.Equal(1, await community.Context().ActivityEntries.CountAsync(a => a.Kind == ActivityKind.SignedIn && a.MemberId == member.Id));
    }

    [DatabaseFact]
    public async Task Changed_claims_update_what_the_directory_owns_and_keep_what_the_member_wrote()
    {
        await using var community = await CommunityAsync();
        var member = await community.Members.SignInAsync(Jane);
        await community.Members.UpdateProfileAsync(member.Id, member.Id,
            new MemberProfile("Jane Doe", "Account manager", "Sales", "Lyon", "Hello", null, ["Negotiation"]));

        await community.Members.SignInAsync(Jane with { Email = "jane@corp.example", DisplayName = "Jane Smith", Department = "Marketing", Title = null, IsGuest = true });

        var stored = await community.Context().Members.SingleAsync(m => m.Id == member.Id);
        Assert.Equal(("jane@corp.example", "Jane Smith", "Marketing", MemberKind.Guest), (stored.Email, stored.DisplayName, stored.Department, stored.Kind));
        Assert.Equal(("Account manager", "Lyon", "Hello"), (stored.Title, stored.Location, stored.About));
        Assert.Equal(["Negotiation"], stored.Skills);
        Assert.Equal("jane.doe", stored.Handle);
    }

    [DatabaseFact]
    public async Task A_token_role_replaces_the_stored_role_and_no_role_keeps_it()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.Members.SignInAsync(Jane);
        await community.Members.ChangeRoleAsync(admin.Id, member.Id, MemberRole.Moderator);

        await community.Members.SignInAsync(Jane);
        Assert.Equal(MemberRole.Moderator, (await community.Context().Members.SingleAsync(m => m.Id == member.Id)).Role);

        await community.Members.SignInAsync(Jane with { Role = MemberRole.Member });
        Assert.Equal(MemberRole.Member, (await community.Context().Members.SingleAsync(m => m.Id == member.Id)).Role);
    }

    [DatabaseFact]
    public async Task A_sign_in_is_recorded_once_per_day()
    {
        await using var community = await CommunityAsync();
        var member = await community.Members.SignInAsync(Jane);
        var before = community.Database.Fingerprint();

        community.Clock.Advance(TimeSpan.FromHours(2));
        await community.Members.SignInAsync(Jane);
        Assert.Equal(before, community.Database.Fingerprint());

        community.Clock.Advance(TimeSpan.FromDays(1));
        await community.Members.SignInAsync(Jane);

        var stored = await community.Context().Members.SingleAsync(m => m.Id == member.Id);
        Assert.Equal((TestCommunity.Start, community.Now), (stored.FirstSignedInAt, stored.LastSeenAt));
        Assert.Equal(2, await community.Context().ActivityEntries.CountAsync(a => a.Kind == ActivityKind.SignedIn));
    }

    [DatabaseFact]
    public async Task A_disabled_member_is_returned_unchanged_and_not_signed_in()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.Members.SignInAsync(Jane);
        await community.Members.SetEnabledAsync(admin.Id, member.Id, enabled: false);
        community.Clock.Advance(TimeSpan.FromDays(1));
        var before = community.Database.Fingerprint();

        var refused = await community.Members.SignInAsync(Jane with { DisplayName = "Someone else", Role = MemberRole.Admin });

        Assert.False(refused.IsEnabled);
        Assert.Equal(before, community.Database.Fingerprint());
    }

    [DatabaseFact]
    public async Task An_e_mail_held_by_another_member_is_refused_for_a_new_member_and_ignored_for_a_known_one()
    {
        await using var community = await CommunityAsync();
        var other = await community.MemberAsync("other");
        var member = await community.Members.SignInAsync(Jane);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Members.SignInAsync(new ExternalIdentity("sub-new", other.Email, "New person")));
        await community.Members.SignInAsync(Jane with { Email = other.Email, DisplayName = "Jane Smith" });

        var stored = await community.Context().Members.SingleAsync(m => m.Id == member.Id);
        Assert.Equal(("jane.doe@corp.example", "Jane Smith"), (stored.Email, stored.DisplayName));
    }

    [DatabaseFact]
    public async Task Simultaneous_first_sign_ins_of_one_person_make_one_member_and_one_sign_in()
    {
        await using var community = await CommunityAsync();

        var outcomes = await Race.RunAsync(community, 4, (context, _) => new MemberService(context, community.Clock).SignInAsync(Jane));

        Assert.All(outcomes, outcome => Assert.Equal(Race.Ok, outcome));
        var member = await community.Context().Members.SingleAsync();
        Assert.Equal("jane.doe", member.Handle);
        Assert.Equal(1, await community.Context().ActivityEntries.CountAsync(a => a.Kind == ActivityKind.SignedIn));
    }

    public sealed class Sqlite() : MemberSignInTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : MemberSignInTests(DatabaseProvider.PostgreSql);
}
