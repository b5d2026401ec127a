using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.History;

/// <summary>Members' enabled flag, department and kind, and their group memberships, are kept as effective-dated history.</summary>
public abstract class MemberHistoryTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task Enabled_and_department_are_taken_as_at_any_date()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var created = community.Now;
        var jane = await community.MemberAsync("jane");
        community.Clock.Advance(TimeSpan.FromDays(10));
        var moved = community.Now;
        await community.Members.UpdateProfileAsync(jane.Id, jane.Id, new MemberProfile("Jane", Department: "Sales"));
        community.Clock.Advance(TimeSpan.FromDays(10));
        var disabled = community.Now;
        await community.Members.SetEnabledAsync(admin.Id, jane.Id, enabled: false);
        community.Clock.Advance(TimeSpan.FromDays(10));
        var enabled = community.Now;
        await community.Members.SetEnabledAsync(admin.Id, jane.Id, enabled: true);
        await community.Members.UpdateProfileAsync(jane.Id, jane.Id, new MemberProfile("Jane D.", Department: "Sales"));

        async Task<(bool, string?)?> StateAtAsync(DateTime at) =>
            await community.Context().MemberStates.At(at).Where(s => s.MemberId == jane.Id)
                .Select(s => new { s.IsEnabled, s.Department }).SingleOrDefaultAsync() is { } s ? (s.IsEnabled, s.Department) : null;
        Assert.Null(await StateAtAsync(created.AddSeconds(-1)));
        Assert.Equal((true, null), await StateAtAsync(created));
        Assert.Equal((true, "Sales"), await StateAtAsync(moved.AddDays(1)));
        Assert.Equal((false, "Sales"), await StateAtAsync(disabled.AddDays(1)));
        Assert.Equal((true, "Sales"), await StateAtAsync(enabled));
        Assert.Equal(4, await community.Context().MemberStates.CountAsync(s => s.MemberId == jane.Id));
    }

    [DatabaseFact]
    public async Task Members_enabled_at_a_date_are_counted_the_same_after_later_changes()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var members = new[] { await community.MemberAsync("one"), await community.MemberAsync("two"), await community.MemberAsync("three") };
        community.Clock.Advance(TimeSpan.FromDays(1));
        var to = community.Now;
        Task<int> EnabledAtAsync() => community.Context().MemberStates.At(to).CountAsync(s => s.IsEnabled);
        var backThen = await EnabledAtAsync();

        community.Clock.Advance(TimeSpan.FromDays(1));
        await community.Members.SetEnabledAsync(admin.Id, members[0].Id, enabled: false);
        await community.MemberAsync("four");

        Assert.Equal(4, backThen);
        Assert.Equal(backThen, await EnabledAtAsync());
    }

    [DatabaseFact]
    public async Task A_kind_changed_by_the_directory_at_sign_in_starts_a_new_state()
    {
        await using var community = await CommunityAsync();
        var identity = new ExternalIdentity("sub-sam", "sam@corp.example", "Sam", Department: "Legal");
        var sam = await community.Members.SignInAsync(identity);
        var before = community.Now;
        community.Clock.Advance(TimeSpan.FromDays(2));
        await community.Members.SignInAsync(identity with { IsGuest = true });

        var context = community.Context();
        var then = await context.MemberStates.At(before).SingleAsync(s => s.MemberId == sam.Id);
        Assert.Equal((MemberKind.Employee, "Legal"), (then.Kind, then.Department));
        Assert.Equal(MemberKind.Guest, await context.MemberStates.At(community.Now).Where(s => s.MemberId == sam.Id).Select(s => s.Kind).SingleAsync());
    }

    [DatabaseFact]
    public async Task Leaving_a_group_keeps_the_time_the_member_belonged()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var jane = await community.MemberAsync("jane");
        var group = await community.GroupAsync(owner, "Makers");
        var joined = community.Now;
        await community.Groups.JoinAsync(jane.Id, group.Id);
        community.Clock.Advance(TimeSpan.FromDays(5));
        var left = community.Now;
        await community.Groups.LeaveAsync(jane.Id, group.Id);
        community.Clock.Advance(TimeSpan.FromDays(5));
        var rejoined = community.Now;
        await community.Groups.JoinAsync(jane.Id, group.Id);

        Task<bool> BelongedAtAsync(DateTime at) =>
            community.Context().GroupMembershipPeriods.At(at).AnyAsync(p => p.GroupId == group.Id && p.MemberId == jane.Id);
        Assert.True(await BelongedAtAsync(joined.AddDays(1)));
        Assert.False(await BelongedAtAsync(left));
        Assert.False(await BelongedAtAsync(rejoined.AddSeconds(-1)));
        Assert.True(await BelongedAtAsync(rejoined));
        Assert.Equal(2, await community.Context().GroupMembershipPeriods.CountAsync(p => p.MemberId == jane.Id));
        Assert.Equal(1, await community.Context().GroupMembershipPeriods.At(left).CountAsync(p => p.GroupId == group.Id));
    }

    public sealed class Sqlite() : MemberHistoryTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : MemberHistoryTests(DatabaseProvider.PostgreSql);
}
