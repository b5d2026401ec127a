using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Persistence;

/// <summary>
/// What every provider's upgrade test asserts once a version-1 database holding the same rows
/// was upgraded: the old rows are intact, the new columns got their defaults, the new tables work
/// through EF Core, and the non-empty database was not seeded.
/// </summary>
internal static class VersionOneUpgradeChecks
{
    public static async Task AssertDataSurvivedAsync(CommunityDbContext context)
    {
        var member = await context.Members.SingleAsync();
        Assert.Equal("ada", member.Handle);
        Assert.Equal(["C#"], member.Skills);
        Assert.Equal(new DateTime(2025, 1, 1, 10, 0, 0, DateTimeKind.Utc), member.CreatedAt);
        Assert.Equal("Before the upgrade", (await context.Posts.SingleAsync()).Body);
        Assert.Equal(1, await context.ActivityEntries.CountAsync());
        var kickOff = await context.Events.SingleAsync();
        Assert.Equal(("Kick-off", "UTC"), (kickOff.Title, kickOff.TimeZone));

        context.Surveys.Add(NewSurvey());
        await context.SaveChangesAsync();
        Assert.Equal(1, await context.Surveys.CountAsync());
        Assert.Equal(1, await context.Members.CountAsync());

        await AssertHistoryBackfilledAsync(context, member);
    }

    /// <summary>
    /// The history tables start from what existing rows imply: the member's current state effective from its
    /// creation, the membership from its JoinedAt; and they take new rows.
    /// </summary>
    private static async Task AssertHistoryBackfilledAsync(CommunityDbContext context, Member member)
    {
        var state = await context.MemberStates.SingleAsync();
        Assert.Equal((member.Id, true, member.CreatedAt, (DateTime?)null), (state.MemberId, state.IsEnabled, state.ValidFrom, state.ValidTo));
        var period = await context.GroupMembershipPeriods.SingleAsync();
        Assert.Equal((1L, member.Id, new DateTime(2025, 1, 1, 10, 0, 0, DateTimeKind.Utc), (DateTime?)null),
            (period.GroupId, period.MemberId, period.JoinedAt, period.LeftAt));
        Assert.Equal(0, await context.ReactionPeriods.CountAsync());
        Assert.Equal(0, await context.RegistrationChanges.CountAsync());

        state.Close(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        context.MemberStates.Add(new MemberState(member, new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc)));
        await context.SaveChangesAsync();
        Assert.Equal(1, await context.MemberStates.At(new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc)).CountAsync());
        Assert.Equal(2, await context.MemberStates.CountAsync());
    }

    private static Survey NewSurvey() =>
        (Survey)Activator.CreateInstance(typeof(Survey), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null,
            ["Pulse", "How are we doing?", null, 1L, new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc),
                new DateTime(2025, 3, 15, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 2, 28, 0, 0, 0, DateTimeKind.Utc)], null)!;
}
