using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Search;
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

        await AssertRowsAreSearchableAsync(context, member);

        context.Surveys.Add(NewSurvey());
        await context.SaveChangesAsync();
        Assert.Equal(1, await context.Surveys.CountAsync());
        Assert.Equal(1, await context.Members.CountAsync());
    }

    /// <summary>The search index holds the rows written before it existed, and follows their later edits.</summary>
    private static async Task AssertRowsAreSearchableAsync(CommunityDbContext context, Member member)
    {
        var now = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        async Task<List<(SearchKind, long)>> Find(string text) =>
            (await context.Search(member, now, SearchText.Parse(text)).ToListAsync()).Select(h => (h.Kind, h.EntityId)).Order().ToList();

        Assert.Equal([(SearchKind.Post, 1L)], await Find("upgrade"));
        Assert.Equal([(SearchKind.Member, 1L)], await Find("ada"));
        Assert.Equal([(SearchKind.Group, 1L)], await Find("makers"));
        Assert.Equal([(SearchKind.Event, 1L)], await Find("kick off paris"));

        var post = await context.Posts.SingleAsync();
        post.Edit(null, "After the upgrade, edited", now);
        await context.SaveChangesAsync();
        Assert.Equal([(SearchKind.Post, 1L)], await Find("edited"));
    }

    private static Survey NewSurvey() =>
        (Survey)Activator.CreateInstance(typeof(Survey), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null,
            ["Pulse", "How are we doing?", null, 1L, new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc),
                new DateTime(2025, 3, 15, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 2, 28, 0, 0, 0, DateTimeKind.Utc)], null)!;
}
