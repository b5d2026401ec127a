using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Seeding;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Seeding;

public abstract class SeedGeneratorTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static readonly SeedSize Small = SeedSize.Custom(members: 80, groups: 5, posts: 400, comments: 500, reactions: 900,
        views: 1_200, events: 6, surveys: 1, days: 45);

    private static readonly SeedOptions Fixed = new(RandomSeed: 7, Anchor: new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));

    [DatabaseFact]
    public async Task The_same_size_seed_and_anchor_give_the_same_rows()
    {
        using var first = await MigratedDatabaseAsync();
        using var second = await MigratedDatabaseAsync();

        var firstReport = await new SeedGenerator(first.Database).SeedAsync(Small, Fixed);
        var secondReport = await new SeedGenerator(second.Database).SeedAsync(Small, Fixed);

        Assert.Equal(firstReport.RowsByTable.OrderBy(r => r.Key), secondReport.RowsByTable.OrderBy(r => r.Key));
        Assert.Equal(first.Fingerprint("SchemaVersions"), second.Fingerprint("SchemaVersions"));
        await using var context = second.NewContext();
        var sampled = await context.Posts.OrderBy(p => p.Id).Skip(123).Select(p => new { p.Body, p.AuthorId, p.PublishedAt }).FirstAsync();
        await using var firstContext = first.NewContext();
        Assert.Equal(sampled, await firstContext.Posts.OrderBy(p => p.Id).Skip(123).Select(p => new { p.Body, p.AuthorId, p.PublishedAt }).FirstAsync());
    }

    [DatabaseFact]
    public async Task With_an_anchor_the_day_the_seed_runs_does_not_matter()
    {
        using var first = await MigratedDatabaseAsync();
        using var second = await MigratedDatabaseAsync();

        await new SeedGenerator(first.Database, new ManualClock(new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc))).SeedAsync(Small, Fixed);
        await new SeedGenerator(second.Database, new ManualClock(new DateTime(2027, 1, 9, 23, 0, 0, DateTimeKind.Utc))).SeedAsync(Small, Fixed);

        Assert.Equal(first.Fingerprint("SchemaVersions"), second.Fingerprint("SchemaVersions"));
        Assert.Equal(Fixed.Anchor!.Value.AddDays(-Small.Days), first.Query("SELECT MIN(\"CreatedAt\") FROM \"Posts\"")
            .Select(row => Convert.ToDateTime(row[0], System.Globalization.CultureInfo.InvariantCulture)).Single().Date);
    }

    [DatabaseFact]
    public async Task A_different_random_seed_gives_a_different_community()
    {
        using var first = await MigratedDatabaseAsync();
        using var second = await MigratedDatabaseAsync();

        await new SeedGenerator(first.Database).SeedAsync(Small, Fixed);
        await new SeedGenerator(second.Database).SeedAsync(Small, Fixed with { RandomSeed = 8 });

        Assert.NotEqual(first.Fingerprint("SchemaVersions"), second.Fingerprint("SchemaVersions"));
    }

    [DatabaseFact]
    public async Task Seeded_rows_load_through_the_model_and_keep_the_rules()
    {
        using var database = await MigratedDatabaseAsync();
        var indexes = Provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
            : "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()";
        var indexCount = database.Scalar(indexes);
        var stages = new List<SeedProgress>();
        var report = await new SeedGenerator(database.Database).SeedAsync(Small, Fixed, new SynchronousProgress(stages.Add));

        Assert.Equal(Small.Members, report.RowsByTable["Members"]);
        Assert.Equal(Small.Posts, report.RowsByTable["Posts"]);
        Assert.Equal(Small.Views, report.RowsByTable["PostViews"]);
        Assert.Contains(stages, s => s.Stage == "Posts" && s.Done == Small.Posts);
        Assert.Equal(indexCount, database.Scalar(indexes));

        await using var context = database.NewContext();
        Assert.Equal(Small.Members, await context.Members.CountAsync());
        Assert.NotEmpty(await context.Posts.Include(p => p.Mentions).Include(p => p.Topics).Include(p => p.Attachments).ToListAsync());
        Assert.NotEmpty(await context.Polls.Include(p => p.Options).ToListAsync());
        Assert.NotEmpty(await context.Praises.Include(p => p.Recipients).ToListAsync());
        Assert.NotEmpty(await context.Events.ToListAsync());
        Assert.NotEmpty(await context.EventRegistrations.ToListAsync());
        Assert.NotEmpty(await context.SurveyResponses.ToListAsync());
        Assert.NotEmpty(await context.Comments.ToListAsync());
        Assert.NotEmpty(await context.Reactions.ToListAsync());
        Assert.NotEmpty(await context.PollVotes.ToListAsync());
        Assert.NotEmpty(await context.Follows.ToListAsync());
        Assert.NotEmpty(await context.Notifications.ToListAsync());
        Assert.NotEmpty(await context.Reports.ToListAsync());
        Assert.NotEmpty(await context.MemberBadges.ToListAsync());
        Assert.All(await context.Members.Select(m => m.CreatedAt).ToListAsync(), t => Assert.Equal(DateTimeKind.Utc, t.Kind));

        // Seat counters agree with the registrations, and every countable action is in the activity log.
        var seats = await context.Events.Select(e => new
        {
            e.RegisteredCount,
            Taken = context.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered),
            e.Capacity,
        }).ToListAsync();
        Assert.All(seats, s => Assert.Equal(s.Taken, s.RegisteredCount));
        Assert.All(seats, s => Assert.True(s.Capacity is null || s.RegisteredCount <= s.Capacity));
        Assert.Equal(await context.Comments.CountAsync(), await context.ActivityEntries.CountAsync(a => a.Kind == ActivityKind.CommentAdded));
        Assert.Equal(await context.PostViews.CountAsync(), await context.ActivityEntries.CountAsync(a => a.Kind == ActivityKind.PostViewed));
        Assert.Equal(await context.Posts.CountAsync(), await context.ActivityEntries.CountAsync(a => a.Kind == ActivityKind.PostPublished));
    }

    [DatabaseTheory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(2024)]
    public async Task Seeded_rows_are_ones_the_domain_would_have_written(int randomSeed)
    {
        using var database = await MigratedDatabaseAsync();
        await new SeedGenerator(database.Database).SeedAsync(Small, Fixed with { RandomSeed = randomSeed });
        await using var context = database.NewContext();
        var members = await context.Members.AsNoTracking().ToDictionaryAsync(m => m.Id);
        var activity = await context.ActivityEntries.AsNoTracking().ToListAsync();

        // Nobody acts before their first sign-in, nor once disabled.
        Assert.All(activity, a => Assert.True(members[a.MemberId].FirstSignedInAt <= a.OccurredAt,
            $"{a.Kind} by member {a.MemberId} at {a.OccurredAt:O} before their first sign-in"));
        Assert.All(activity, a => Assert.False(members[a.MemberId].DisabledAt <= a.OccurredAt,
            $"{a.Kind} by member {a.MemberId} at {a.OccurredAt:O} after they were disabled"));

        // Every first sign-in has its entry, sign-ins are logged once a UTC day, and the last one is LastSeenAt.
        var signIns = activity.Where(a => a.Kind == ActivityKind.SignedIn).ToLookup(a => a.MemberId, a => a.OccurredAt);
        Assert.All(members.Values.Where(m => m.FirstSignedInAt is not null), m =>
        {
            Assert.Equal(m.FirstSignedInAt, signIns[m.Id].Min());
            Assert.Equal(m.LastSeenAt, signIns[m.Id].Max());
        });
        Assert.All(signIns, s => Assert.Equal(s.Count(), s.Select(t => t.Date).Distinct().Count()));
        Assert.All(members.Values.Where(m => m.FirstSignedInAt is null), m => Assert.Empty(signIns[m.Id]));

        // Registrations come after the member and the event existed; check-ins only within the window.
        var events = await context.Events.AsNoTracking().ToDictionaryAsync(e => e.Id);
        var registrations = await context.EventRegistrations.AsNoTracking().ToListAsync();
        Assert.All(registrations, r => Assert.True(members[r.MemberId].CreatedAt <= r.RegisteredAt && events[r.EventId].CreatedAt <= r.RegisteredAt));
        Assert.All(registrations, r => Assert.False(events[r.EventId].CancelledAt <= r.RegisteredAt));
        Assert.All(registrations.Where(r => r.CheckedInAt is not null), r => Assert.True(events[r.EventId].AcceptsCheckInAt(r.CheckedInAt!.Value)));

        // Nobody posts, comments, reacts or registers in a group before joining it or after leaving it.
        var periods = await context.GroupMembershipPeriods.AsNoTracking().ToListAsync();
        Assert.All(activity.Where(a => a.GroupId is not null), a =>
            Assert.Contains(periods, p => p.GroupId == a.GroupId && p.MemberId == a.MemberId && p.JoinedAt <= a.OccurredAt && !(p.LeftAt <= a.OccurredAt)));
    }

    [DatabaseFact]
    public async Task Seeded_history_agrees_with_the_current_rows()
    {
        using var database = await MigratedDatabaseAsync();
        await new SeedGenerator(database.Database).SeedAsync(Small, Fixed);
        await using var context = database.NewContext();
        var now = Fixed.Anchor!.Value;

        // The fixed seed has something of each kind of history.
        Assert.True(await context.Members.CountAsync(m => m.DisabledAt != null) > 0);
        Assert.True(await context.GroupMembershipPeriods.CountAsync(p => p.LeftAt != null) > 0);
        Assert.True(await context.EventRegistrations.CountAsync(r => r.CheckedInAt != null) > 0);

        var enabledNow = await context.Members.Where(m => m.IsEnabled).Select(m => m.Id).OrderBy(id => id).ToListAsync();
        Assert.Equal(enabledNow, await context.MemberStates.At(now).Where(s => s.IsEnabled).Select(s => s.MemberId).OrderBy(id => id).ToListAsync());
        Assert.Equal(Small.Members, await context.MemberStates.At(now).CountAsync());
        var departmentNow = await context.Members.ToDictionaryAsync(m => m.Id, m => m.Department);
        Assert.All(await context.MemberStates.At(now).ToListAsync(), s => Assert.Equal(departmentNow[s.MemberId], s.Department));
        Assert.True(await context.MemberStates.GroupBy(s => s.MemberId).CountAsync(g => g.Select(s => s.Department).Distinct().Count() > 1) > 0);
        Assert.Equal(await context.GroupMemberships.CountAsync(), await context.GroupMembershipPeriods.At(now).CountAsync());
        Assert.Equal(await context.Reactions.CountAsync(), await context.ReactionPeriods.StandingAt(now).CountAsync());
        Assert.True(await context.ReactionPeriods.CountAsync(p => p.WithdrawnAt != null) > 0);
        Assert.Equal(
            await context.EventRegistrations.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync(),
            await context.RegistrationChanges.StatusAt(now).OrderBy(c => c.RegistrationId).Select(c => c.Status).ToListAsync());
    }

    [DatabaseFact]
    public async Task The_services_keep_working_on_a_seeded_database()
    {
        using var database = await MigratedDatabaseAsync();
        await new SeedGenerator(database.Database).SeedAsync(Small, Fixed);
        var clock = new ManualClock(Fixed.Anchor!.Value);

        await using var context = database.NewContext();
        var post = await new PostService(context, clock).CreateAsync(1, new NewPost(null, PostKind.Announcement, "After the seed", Topics: ["release"]));
        var group = await new GroupService(context, clock).CreateAsync(1, "Brand new group", null, GroupVisibility.Public);

        Assert.Equal(Small.Posts + 1, post.Id);
        Assert.Equal(Small.Groups + 1, group.Id);
    }

    [DatabaseFact]
    public async Task Start_up_seeds_the_demo_community_into_an_empty_database_only()
    {
        using var database = EmptyDatabase();

        await CommunityDatabaseInitializer.InitializeAsync(database.Database);
        var members = database.Scalar("SELECT COUNT(*) FROM \"Members\"");
        await CommunityDatabaseInitializer.InitializeAsync(database.Database);

        Assert.Equal(SeedSize.Demo.Members, members);
        Assert.Equal(SeedSize.Demo.Members, database.Scalar("SELECT COUNT(*) FROM \"Members\""));
        Assert.Equal(SeedSize.Demo.Posts, database.Scalar("SELECT COUNT(*) FROM \"Posts\""));
        await Assert.ThrowsAsync<InvalidOperationException>(() => new SeedGenerator(database.Database).SeedAsync(Small, Fixed));
    }

    private sealed class SynchronousProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }

    public sealed class Sqlite() : SeedGeneratorTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : SeedGeneratorTests(DatabaseProvider.PostgreSql);
}
