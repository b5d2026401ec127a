using Community.Domain.Kpis;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
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
        Assert.False(member.IsLeader); // KPIs: nobody is a leader until an admin says so
        Assert.Equal(["C#"], member.Skills);
        Assert.Equal(new DateTime(2025, 1, 1, 10, 0, 0, DateTimeKind.Utc), member.CreatedAt);
        var post = await context.Posts.SingleAsync();
        Assert.Equal("Before the upgrade", post.Body);
        // Posts visible before the upgrade count as announced: no PostCreated for the past.
        Assert.Equal(post.PublishedAt, post.AnnouncedAt);
        Assert.Equal(1, await context.ActivityEntries.CountAsync());
        var kickOff = await context.Events.SingleAsync();
        Assert.Equal(("Kick-off", "UTC"), (kickOff.Title, kickOff.TimeZone));

        await AssertRowsAreSearchableAsync(context, member);

        context.Surveys.Add(NewSurvey());
        await context.SaveChangesAsync();
        Assert.Equal(1, await context.Surveys.CountAsync());
        Assert.Equal(1, await context.Members.CountAsync());

        // Version 6: a secret group may share a name; a second group that is not secret may not.
        // (Explicit ids: the version-1 rows were inserted with theirs, so PostgreSQL's sequence has not moved.)
        await InsertGroupAsync(context, 2, GroupVisibility.Secret, member);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => InsertGroupAsync(context, 3, GroupVisibility.Private, member));
        Assert.Equal(2, await context.Groups.CountAsync(g => g.Name == "Makers"));

        // Version 7: the webhook tables and the key ring.
        context.DataProtectionKeys.Add(new DataProtectionKey("key-1", "<key id=\"1\" />"));
        await context.SaveChangesAsync();
        Assert.Equal("key-1", (await context.DataProtectionKeys.SingleAsync()).FriendlyName);
        Assert.Equal(0, await context.WebhookDeliveries.CountAsync());

        // The outbox works: a comment added records its event with it.
        context.Comments.Add(NewComment(post.Id, member.Id));
        await context.SaveChangesAsync();
        var recorded = await context.OutboxEvents.SingleAsync();
        Assert.Equal((OutboxEventType.CommentAdded, post.Id), (recorded.Type, recorded.PostId));
        Assert.Empty(await context.Posts.Where(p => p.AnnouncedAt == null).ToListAsync());

        // Announcements: audiences and acknowledgements.
        Assert.False(post.RequiresAcknowledgement);
        var at = new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        context.AnnouncementAudienceGroups.Add(New<AnnouncementAudienceGroup>(post.Id, post.GroupId!.Value));
        context.AnnouncementAudienceDepartments.Add(New<AnnouncementAudienceDepartment>(post.Id, "Sales"));
        context.PostAcknowledgements.Add(New<PostAcknowledgement>(post.Id, member.Id, at));
        await context.SaveChangesAsync();
        Assert.Equal((1, 1), (await context.AnnouncementAudienceGroups.CountAsync(), await context.AnnouncementAudienceDepartments.CountAsync()));
        Assert.Equal(at, (await context.PostAcknowledgements.SingleAsync()).AcknowledgedAt);

        await AssertHistoryBackfilledAsync(context, member);
        await AssertKpiRollupsAsync(context, member);
    }

    /// <summary>
    /// Version 13 rolled up the rows already there (the activity entry and the post of 2 January), and its triggers
    /// counted the comment added after the upgrade; version 14 gave the member's states the leader flag.
    /// </summary>
    private static async Task AssertKpiRollupsAsync(CommunityDbContext context, Member member)
    {
        var january = new DateOnly(2025, 1, 2);
        var march = new DateOnly(2025, 3, 1);
        var activityDay = await context.ActivityDays.SingleAsync();
        Assert.Equal((member.Id, january), (activityDay.MemberId, activityDay.Day));
        // The rows before the upgrade were rolled up into totals; the comment after it is a delta until folded.
        var totals = await context.KpiDayTotals.OrderBy(t => t.Day).Select(t => new { t.Day, t.ActiveMembers, t.Posts, t.Comments }).ToListAsync();
        Assert.Equal([new { Day = january, ActiveMembers = 1L, Posts = 1L, Comments = 0L }], totals);
        var delta = await context.KpiDayDeltas.SingleAsync();
        Assert.Equal((march, 0L, 1L), (delta.Day, delta.ActiveMembers, delta.Comments));
        Assert.Equal(1, await new KpiDayFolder(context).FoldAsync());
        Assert.Equal(1L, (await context.KpiDayTotals.AsNoTracking().SingleAsync(t => t.Day == march)).Comments);
        Assert.False(await context.KpiDayDeltas.AnyAsync());
        var participation = await context.GroupParticipationDays.SingleAsync();
        Assert.Equal((1L, member.Id, march, 1L), (participation.GroupId, participation.MemberId, participation.Day, participation.Contributions));
        Assert.False(await context.MemberStates.AnyAsync(s => s.IsLeader));
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

    private static Task<int> InsertGroupAsync(CommunityDbContext context, long id, GroupVisibility visibility, Member creator) =>
        context.Database.ExecuteSqlInterpolatedAsync($@"INSERT INTO ""Groups"" (""Id"", ""Name"", ""Description"", ""Visibility"", ""CreatedById"", ""CreatedAt"")
            VALUES ({id}, 'Makers', '', {(int)visibility}, {creator.Id}, {creator.CreatedAt})");

    private static Comment NewComment(long postId, long authorId) =>
        (Comment)Activator.CreateInstance(typeof(Comment), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null,
            [postId, authorId, null, "After the upgrade", new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc)], null)!;

    private static T New<T>(params object[] arguments) =>
        (T)Activator.CreateInstance(typeof(T), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null, arguments, null)!;

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
