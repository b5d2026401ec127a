using Community.Domain.Model;
using Community.Domain.Persistence;
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

        var post = await context.Posts.SingleAsync();
        Assert.False(post.RequiresAcknowledgement);
        var at = new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        context.AnnouncementAudienceGroups.Add(New<AnnouncementAudienceGroup>(post.Id, post.GroupId!.Value));
        context.AnnouncementAudienceDepartments.Add(New<AnnouncementAudienceDepartment>(post.Id, "Sales"));
        context.PostAcknowledgements.Add(New<PostAcknowledgement>(post.Id, member.Id, at));
        await context.SaveChangesAsync();
        Assert.Equal((1, 1), (await context.AnnouncementAudienceGroups.CountAsync(), await context.AnnouncementAudienceDepartments.CountAsync()));
        Assert.Equal(at, (await context.PostAcknowledgements.SingleAsync()).AcknowledgedAt);
    }

    private static T New<T>(params object[] arguments) =>
        (T)Activator.CreateInstance(typeof(T), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null, arguments, null)!;

    private static Survey NewSurvey() =>
        (Survey)Activator.CreateInstance(typeof(Survey), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null,
            ["Pulse", "How are we doing?", null, 1L, new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc),
                new DateTime(2025, 3, 15, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 2, 28, 0, 0, 0, DateTimeKind.Utc)], null)!;
}
