using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Persistence;

/// <summary>
/// Upgrading a version-1 database gives its rows the history they imply: a disabled member was enabled until
/// DisabledAt, a promoted registration waited first, a cancelled one held a seat until its cancellation.
/// </summary>
public abstract class HistoryBackfillTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static readonly DateTime Created = new(2025, 1, 1, 10, 0, 0, DateTimeKind.Utc);

    [DatabaseFact]
    public async Task Existing_rows_get_the_history_they_imply()
    {
        using var database = EmptyDatabase();
        await MigrateToVersionOneAsync(database);
        var (yes, no) = Provider == DatabaseProvider.Sqlite ? ("1", "0") : ("true", "false");
        string At(int month, int day) => Provider == DatabaseProvider.Sqlite ? $"'2025-{month:00}-{day:00} 10:00:00'" : $"'2025-{month:00}-{day:00} 10:00:00+00'";
        var skills = Provider == DatabaseProvider.Sqlite ? "'[]'" : "'{}'";
        database.Execute($"""
            INSERT INTO "Members" ("Id", "ExternalId", "Handle", "Email", "DisplayName", "Department", "Skills", "Role", "Kind", "IsEnabled", "CreatedAt", "InvitedAt", "DisabledAt")
            VALUES (1, 'sub-1', 'ada', 'ada@example.com', 'Ada', 'Legal', {skills}, 2, 0, {yes}, {At(1, 1)}, {At(1, 1)}, NULL),
                   (2, 'sub-2', 'bob', 'bob@example.com', 'Bob', 'Sales', {skills}, 0, 1, {no}, {At(1, 1)}, {At(1, 1)}, {At(2, 1)});
            INSERT INTO "Groups" ("Id", "Name", "Description", "Visibility", "CreatedById", "CreatedAt") VALUES (1, 'Makers', '', 0, 1, {At(1, 1)});
            INSERT INTO "GroupMemberships" ("GroupId", "MemberId", "Role", "JoinedAt") VALUES (1, 1, 2, {At(1, 1)}), (1, 2, 0, {At(1, 2)});
            INSERT INTO "Posts" ("Id", "GroupId", "AuthorId", "Kind", "Body", "CreatedAt", "PublishedAt", "IsPinned") VALUES (1, 1, 1, 0, 'Hello', {At(1, 2)}, {At(1, 2)}, {no});
            INSERT INTO "Reactions" ("Id", "PostId", "MemberId", "Kind", "CreatedAt") VALUES (1, 1, 2, 1, {At(1, 5)});
            INSERT INTO "Events" ("Id", "GroupId", "OrganizerId", "Title", "Description", "StartsAt", "EndsAt", "Format", "Location", "OnlineUrl", "Capacity", "WaitlistEnabled", "RegisteredCount", "CreatedAt")
            VALUES (1, 1, 1, 'Kick-off', '', {At(2, 1)}, {At(2, 2)}, 0, 'Paris', '', 10, {yes}, 1, {At(1, 2)});
            INSERT INTO "EventRegistrations" ("Id", "EventId", "MemberId", "Status", "RegisteredAt", "PromotedAt", "CancelledAt")
            VALUES (1, 1, 1, 0, {At(1, 3)}, {At(1, 10)}, NULL), (2, 1, 2, 2, {At(1, 4)}, NULL, {At(1, 6)});
            """);

        await CommunityDatabaseInitializer.MigrateAsync(database.Database);

        await using var context = database.NewContext();
        var bob = await context.MemberStates.Where(s => s.MemberId == 2).OrderBy(s => s.ValidFrom).ToListAsync();
        Assert.Equal([(true, Created, (DateTime?)Day(2, 1)), (false, Day(2, 1), null)], bob.Select(s => (s.IsEnabled, s.ValidFrom, s.ValidTo)));
        Assert.All(bob, s => Assert.Equal(("Sales", MemberKind.Guest), (s.Department, s.Kind)));
        Assert.Equal(2, await context.MemberStates.At(Day(1, 15)).CountAsync(s => s.IsEnabled));
        Assert.Equal(1, await context.MemberStates.At(Day(3, 1)).CountAsync(s => s.IsEnabled));

        Assert.Equal([(1L, Created), (2L, Day(1, 2))],
            (await context.GroupMembershipPeriods.OrderBy(p => p.MemberId).ToListAsync()).Select(p => (p.MemberId, p.JoinedAt)));
        var reaction = await context.ReactionPeriods.SingleAsync();
        Assert.Equal((1L, ReactionKind.Celebrate, Day(1, 5), (DateTime?)null), (reaction.ReactionId, reaction.Kind, reaction.GivenAt, reaction.WithdrawnAt));

        Task<RegistrationStatus> StatusAtAsync(long registrationId, DateTime at) => context.RegistrationChanges.StatusAt(at)
            .Where(c => c.RegistrationId == registrationId).Select(c => c.Status).SingleAsync();
        Assert.Equal(RegistrationStatus.Waitlisted, await StatusAtAsync(1, Day(1, 5)));
        Assert.Equal(RegistrationStatus.Registered, await StatusAtAsync(1, Day(1, 10)));
        Assert.Equal(RegistrationStatus.Registered, await StatusAtAsync(2, Day(1, 5)));
        Assert.Equal(RegistrationStatus.Cancelled, await StatusAtAsync(2, Day(1, 6)));
        Assert.Equal(4, await context.RegistrationChanges.CountAsync());
    }

    private static DateTime Day(int month, int day) => new(2025, month, day, 10, 0, 0, DateTimeKind.Utc);

    private static async Task MigrateToVersionOneAsync(TestDatabase database)
    {
        switch (database)
        {
            case SqliteTestDatabase sqlite:
                using (var connection = sqlite.OpenConnection())
                {
                    SqliteSchemaMigrator.Migrate(connection, targetVersion: 1);
                }

                break;
            case PostgreSqlTestDatabase postgres:
                await using (var connection = postgres.OpenConnection())
                {
                    await PostgreSqlSchemaMigrator.MigrateAsync(connection, targetVersion: 1);
                }

                break;
        }
    }

    public sealed class Sqlite() : HistoryBackfillTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : HistoryBackfillTests(DatabaseProvider.PostgreSql);
}
