using Community.Domain.Errors;
using Community.Domain.Kpis;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Seeding;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;

namespace Community.Domain.Tests.Kpis;

/// <summary>
/// The KPIs of a hand-built week whose answers are known (a member disabled mid-period, a guest, a deleted post,
/// a withdrawn reaction, waitlisted and cancelled registrations, an event without capacity, a cancelled event, no
/// survey answers the week before, an activation on day 31, tied points), and of seeded communities compared with
/// the straightforward computation in <see cref="KpiReference"/>.
/// </summary>
public abstract class KpiServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static readonly TimeSpan Window = KpiService.DefaultActivationWindow;

    private sealed record Week(TestCommunity Community, KpiPeriod Period, Member Ada, Member Bob, Member Cleo, Member Gus, Member Dan, Member Ivy, Member Jon, Group Guild);

    /// <summary>
    /// From Monday 10:00 to Thursday 10:00 (four UTC days touched). Ada (admin), Bob, Cleo, Dan (disabled on
    /// Tuesday) and Gus (a guest) exist before; Ivy and Jon are invited on Monday.
    /// </summary>
    private async Task<Week> WeekAsync()
    {
        var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada", role: MemberRole.Admin);
        var bob = await community.MemberAsync("bob");
        var cleo = await community.MemberAsync("cleo");
        var dan = await community.MemberAsync("dan");
        var gus = await community.GuestAsync("gus");
        var guild = await community.GroupAsync(bob, "Guild");
        await community.Groups.AddMemberAsync(bob.Id, guild.Id, gus.Id, GroupRole.Member);
        await community.Members.UpdateProfileAsync(bob.Id, bob.Id, new MemberProfile("bob", Department: "Sales"));
        await community.Members.UpdateProfileAsync(cleo.Id, cleo.Id, new MemberProfile("cleo", Department: "Sales"));
        await community.Members.UpdateProfileAsync(ada.Id, bob.Id, new MemberProfile("bob", Department: "Sales", IsLeader: true));

        // The week before: Dan reads nothing, and a survey opens that nobody answers yet.
        var survey = await community.Surveys.CreateAsync(ada.Id, "Pulse", "How likely are you to recommend the community?", null,
            community.Now, community.Now.AddDays(20));
        community.Clock.Advance(TimeSpan.FromHours(1));
        var from = community.Now;

        // Monday: Bob posts in the guild and company-wide; Cleo posts and deletes it.
        var guildPost = await community.PostAsync(bob, guild.Id);
        var post = await community.PostAsync(bob, null);
        var deleted = await community.PostAsync(cleo, null);
        await community.Posts.DeleteAsync(cleo.Id, deleted.Id);
        var alsoDeleted = await community.PostAsync(ada, null);
        await community.Posts.DeleteAsync(ada.Id, alsoDeleted.Id);
        await community.Posts.RecordViewAsync(cleo.Id, post.Id);
        await community.Posts.RecordViewAsync(ada.Id, post.Id);
        await community.Posts.RecordViewAsync(dan.Id, post.Id);
        await community.Posts.RecordViewAsync(gus.Id, guildPost.Id);
        await community.Comments.AddAsync(cleo.Id, post.Id, "Nice");
        var withdrawnComment = await community.Comments.AddAsync(ada.Id, post.Id, "Hm");
        await community.Comments.DeleteAsync(ada.Id, withdrawnComment.Id);
        await community.Reactions.ReactAsync(cleo.Id, post.Id, ReactionKind.Like);
        await community.Reactions.ReactAsync(ada.Id, post.Id, ReactionKind.Celebrate);
        await community.Reactions.RemoveAsync(ada.Id, post.Id);
        await community.Reactions.ReactAsync(gus.Id, guildPost.Id, ReactionKind.Like);
        var ivy = await community.Members.InviteAsync(ada.Id, new NewInvitation("ivy", "ivy@example.com", "Ivy"));
        var jon = await community.Members.InviteAsync(ada.Id, new NewInvitation("jon", "jon@example.com", "Jon"));

        // Events on Wednesday: one full with a waitlist, one without capacity, one cancelled, one half empty.
        var wednesday = from.Date.AddDays(2).AddHours(12);
        var full = await community.Events.CreateAsync(ada.Id, new NewEvent(null, "Full", wednesday, wednesday.AddHours(1), Capacity: 2));
        var open = await community.Events.CreateAsync(ada.Id, new NewEvent(null, "Open", wednesday, wednesday.AddHours(1)));
        var cancelled = await community.Events.CreateAsync(ada.Id, new NewEvent(null, "Cancelled", wednesday, wednesday.AddHours(1), Capacity: 10));
        var roomy = await community.Events.CreateAsync(ada.Id, new NewEvent(null, "Roomy", wednesday, wednesday.AddHours(1), Capacity: 5));
        await community.Events.RegisterAsync(bob.Id, full.Id);
        await community.Events.RegisterAsync(cleo.Id, full.Id);
        await community.Events.RegisterAsync(ada.Id, full.Id);
        await community.Events.RegisterAsync(bob.Id, open.Id);
        await community.Events.RegisterAsync(cleo.Id, open.Id);
        await community.Events.CancelRegistrationAsync(cleo.Id, open.Id);
        await community.Events.RegisterAsync(bob.Id, cancelled.Id);
        await community.Events.CancelEventAsync(ada.Id, cancelled.Id);
        await community.Events.RegisterAsync(ada.Id, roomy.Id);

        // Tuesday: Dan is disabled; everyone but Gus answers the survey.
        community.Clock.Advance(TimeSpan.FromDays(1));
        await community.Members.SetEnabledAsync(ada.Id, dan.Id, false);
        await community.Surveys.RespondAsync(bob.Id, survey.Id, 10);
        await community.Surveys.RespondAsync(cleo.Id, survey.Id, 9);
        await community.Surveys.RespondAsync(ada.Id, survey.Id, 3);

        // Wednesday noon: Bob checks in.
        community.Clock.Advance(wednesday - community.Now);
        await community.Events.CheckInAsync(bob.Id, full.Id, bob.Id);

        // Ivy signs in exactly 30 days after her invitation, Jon a second later (day 31).
        var period = KpiPeriod.Of(from, from.AddDays(3));
        community.Clock.Advance(ivy.InvitedAt.AddDays(30) - community.Now);
        await community.Members.SignInAsync(ivy.Id);
        community.Clock.Advance(jon.InvitedAt.AddDays(30).AddSeconds(1) - community.Now);
        await community.Members.SignInAsync(jon.Id);
        return new Week(community, period, ada, bob, cleo, gus, dan, ivy, jon, guild);
    }

    private static Task<KpiFigures> FiguresAsync(Week week, KpiScope? scope = null) =>
        new KpiService(week.Community.Context()).ComputeAsync(week.Period, scope ?? KpiScope.Everyone, Window);

    [DatabaseFact]
    public async Task A_hand_built_week_gives_the_figures_the_definitions_say()
    {
        var week = await WeekAsync();
        await using var community = week.Community;

        var figures = await FiguresAsync(week);

        Assert.Equal(6, figures.Members); // Ada, Bob, Cleo, Gus, Ivy, Jon; Dan was disabled
        Assert.Equal(2, figures.Posts); // Cleo's deleted post does not count
        Assert.Equal(1, figures.Creators);
        Assert.Equal(4, figures.Views);
        Assert.Equal(4, figures.UniqueViewers);
        Assert.Equal(1, figures.Comments); // Ada's deleted comment does not count
        Assert.Equal(2, figures.Reactions); // Ada's withdrawn reaction does not count
        Assert.Equal(3, figures.Interactions);
        Assert.Equal(3.0 / 4, figures.InteractionRate);
        Assert.Equal(2.0 / 4, figures.ParticipationRate); // Cleo and Gus of Cleo, Gus, Ada, Dan
        Assert.Equal(3, figures.Events); // the cancelled event is left out
        Assert.Equal(4, figures.Registrants); // Bob and Cleo (full), Bob (open), Ada (roomy); Ada waitlisted, Cleo cancelled
        Assert.Equal(1, figures.Attendees);
        Assert.Equal(1.0 / 4, figures.AttendanceRate);
        Assert.Equal(3.0 / 7, figures.FillRate); // 2 + 1 seated of 2 + 5 seats; the open event has no capacity
        Assert.Equal(3, figures.SurveyResponses);
        Assert.Equal(22.0 / 3, figures.SatisfactionAverage);
        Assert.Equal(100.0 * (2 - 1) / 3, figures.Nps);
        Assert.Equal(2, figures.InvitedMembers);
        Assert.Equal(1, figures.ActivatedMembers); // Jon signed in on day 31
        Assert.Equal(0.5, figures.ActivationRate);
        Assert.Equal(1, figures.ActiveGroups); // Gus reacted in the guild of two
        Assert.Equal(new KpiLeadership(Posts: 2, Comments: 0, Reach: 4), figures.Leadership); // Bob leads; Cleo, Ada, Dan and Gus read him
        Assert.Equal(5, figures.ActiveMembers); // Ada, Bob, Cleo, Dan, Gus
        Assert.Equal(4.0 / 6, figures.ActiveRate); // Dan is active but no longer a member
        Assert.Equal(1.0 / 5, figures.CreatorRatio);
        Assert.Equal(figures.DailyActiveMembers / 5, figures.Stickiness);
        Assert.Equal(KpiReference.Load(community.Context()).Compute(week.Period.From, week.Period.To, KpiScope.Everyone, Window), figures);
    }

    [DatabaseFact]
    public async Task A_metric_computed_alone_equals_its_value_among_all_figures()
    {
        var week = await WeekAsync();
        await using var community = week.Community;

        var all = await FiguresAsync(week);

        foreach (var metric in Enum.GetValues<KpiMetric>())
        {
            var alone = await new KpiService(community.Context()).ComputeAsync(week.Period, KpiScope.Everyone, Window, default, KpiSectionsOf.Metric(metric));
            Assert.Equal(all.Value(metric), alone.Value(metric));
        }
    }

    [DatabaseFact]
    public async Task Daily_active_members_average_every_day_the_period_touches()
    {
        var week = await WeekAsync();
        await using var community = week.Community;

        var figures = await FiguresAsync(week);

        // Monday: Ada, Bob, Cleo, Dan, Gus; Tuesday: Bob, Cleo, Ada (survey); Wednesday: Bob (check-in); Thursday: nobody.
        Assert.Equal((5 + 3 + 1 + 0) / 4.0, figures.DailyActiveMembers);
    }

    [DatabaseFact]
    public async Task The_week_before_has_no_survey_answers_and_its_satisfaction_is_null()
    {
        var week = await WeekAsync();
        await using var community = week.Community;

        var before = await new KpiService(community.Context()).ComputeAsync(week.Period.Previous, KpiScope.Everyone, Window);

        Assert.Equal(0, before.SurveyResponses);
        Assert.Null(before.SatisfactionAverage);
        Assert.Null(before.Nps);
        Assert.Equal(0, before.ActivationRate);
        Assert.Equal(0, before.Posts);
    }

    [DatabaseFact]
    public async Task A_department_counts_only_what_its_members_did()
    {
        var week = await WeekAsync();
        await using var community = week.Community;

        var sales = await FiguresAsync(week, new KpiScope(Department: "Sales"));

        Assert.Equal(2, sales.Members);
        Assert.Equal(1, sales.Comments);
        Assert.Equal(1, sales.Reactions);
        Assert.Equal(3, sales.Registrants); // Bob twice, Cleo once
        Assert.Equal(0, sales.InvitedMembers);
        Assert.Equal(KpiReference.Load(community.Context()).Compute(week.Period.From, week.Period.To, new KpiScope(Department: "Sales"), Window), sales);
    }

    [DatabaseFact]
    public async Task A_group_counts_its_content_and_its_members_at_the_end()
    {
        var week = await WeekAsync();
        await using var community = week.Community;

        var guild = await FiguresAsync(week, new KpiScope(week.Guild.Id));

        Assert.Equal(2, guild.Members);
        Assert.Equal(1, guild.Posts);
        Assert.Equal(1, guild.Views);
        Assert.Equal(1, guild.Reactions);
        Assert.Equal(0, guild.Comments);
        Assert.Equal(1, guild.ActiveGroups);
        Assert.Equal(KpiReference.Load(community.Context()).Compute(week.Period.From, week.Period.To, new KpiScope(week.Guild.Id), Window), guild);
    }

    [DatabaseFact]
    public async Task Guests_and_employees_break_down_with_small_rows_suppressed()
    {
        var week = await WeekAsync();
        await using var community = week.Community;
        var service = new KpiService(community.Context());

        var byKind = await service.BreakdownAsync(week.Period, KpiScope.Everyone, KpiBreakdownDimension.MemberKind, Window, minimumAudience: 2, includeSecretGroups: false);
        var byDepartment = await service.BreakdownAsync(week.Period, KpiScope.Everyone, KpiBreakdownDimension.Department, Window, minimumAudience: 3, includeSecretGroups: false);

        var employees = Assert.Single(byKind.Rows);
        Assert.Equal(MemberKind.Employee, employees.Kind);
        Assert.Equal(5, employees.Audience);
        Assert.Equal(1, byKind.SuppressedRows); // one guest
        var noDepartment = Assert.Single(byDepartment.Rows);
        Assert.Null(noDepartment.Department);
        Assert.Equal(4, noDepartment.Audience);
        Assert.Equal(1, byDepartment.SuppressedRows); // Sales has two
    }

    [DatabaseFact]
    public async Task Equal_points_share_a_rank_ordered_by_member_id()
    {
        var week = await WeekAsync();
        await using var community = week.Community;

        var board = await new KpiService(community.Context()).LeaderboardAsync(week.Period, KpiScope.Everyone, 10);

        // Bob: two posts (20), reactions received (+1 +1 -1 +1) and a check-in (5); Ada and Cleo: a post they deleted (10)
        // and a comment (3) each: points once earned stay.
        Assert.Equal(KpiReference.Load(community.Context()).Leaderboard(week.Period.From, week.Period.To, 10), board);
        Assert.Equal(
            [new LeaderboardEntry(1, week.Bob.Id, 27), new LeaderboardEntry(2, week.Ada.Id, 13), new LeaderboardEntry(2, week.Cleo.Id, 13)],
            board);
    }

    [DatabaseFact]
    public async Task A_series_cuts_the_period_into_days_of_its_time_zone()
    {
        var week = await WeekAsync();
        await using var community = week.Community;
        var service = new KpiService(community.Context());
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        var utcDays = await service.SeriesAsync(week.Period, KpiScope.Everyone, KpiMetric.Posts, KpiGranularity.Day, TimeZoneInfo.Utc, Window);
        var tokyoDays = await service.SeriesAsync(week.Period, KpiScope.Everyone, KpiMetric.Posts, KpiGranularity.Day, tokyo, Window);

        Assert.Equal(4, utcDays.Count);
        Assert.Equal(week.Period.From, utcDays[0].From);
        Assert.Equal(week.Period.From.Date.AddDays(1), utcDays[0].To);
        Assert.Equal(2, utcDays[0].Value);
        Assert.Equal(2, utcDays.Sum(p => p.Value));
        Assert.Equal(week.Period.From.Date.AddDays(1).AddHours(-9), tokyoDays[0].To); // Tokyo's midnight is 15:00 UTC
        Assert.Equal(week.Period.To, tokyoDays[^1].To);
    }

    [DatabaseFact]
    public async Task Only_admins_flag_leaders()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada", role: MemberRole.Admin);
        var bob = await community.MemberAsync("bob");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Members.UpdateProfileAsync(bob.Id, bob.Id, new MemberProfile("bob", IsLeader: true)));
        var flagged = await community.Members.UpdateProfileAsync(ada.Id, bob.Id, new MemberProfile("bob", IsLeader: true));
        var kept = await community.Members.UpdateProfileAsync(bob.Id, bob.Id, new MemberProfile("Bob B."));

        Assert.True(flagged.IsLeader);
        Assert.True(kept.IsLeader);
    }

    [DatabaseFact]
    public async Task Leadership_follows_the_members_flagged_at_the_period_end()
    {
        var week = await WeekAsync();
        await using var community = week.Community;

        // After the week, Bob steps down and Cleo is flagged.
        await community.Members.UpdateProfileAsync(week.Ada.Id, week.Bob.Id, new MemberProfile("bob", Department: "Sales", IsLeader: false));
        await community.Members.UpdateProfileAsync(week.Ada.Id, week.Cleo.Id, new MemberProfile("cleo", Department: "Sales", IsLeader: true));
        var since = KpiPeriod.Of(week.Period.From, community.Now.AddSeconds(1));
        var later = await new KpiService(community.Context()).ComputeAsync(since, KpiScope.Everyone, Window);

        Assert.Equal(new KpiLeadership(Posts: 2, Comments: 0, Reach: 4), (await FiguresAsync(week)).Leadership); // Bob led then
        Assert.Equal(new KpiLeadership(Posts: 0, Comments: 1, Reach: 0), later.Leadership); // Cleo's post was deleted; her comment counts
        Assert.Equal(KpiReference.Load(community.Context()).Compute(since.From, since.To, KpiScope.Everyone, Window), later);
    }

    [DatabaseFact]
    public async Task Whole_days_read_from_the_roll_ups_take_back_what_was_deleted_or_withdrawn_by_the_end()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada", role: MemberRole.Admin);
        var bob = await community.MemberAsync("bob");
        var gus = await community.GuestAsync("gus");
        var guild = await community.GroupAsync(bob, "Guild");
        await community.Groups.AddMemberAsync(bob.Id, guild.Id, gus.Id, GroupRole.Member);
        community.Clock.Advance(community.Now.Date.AddDays(1).AddHours(9) - community.Now);
        var day = community.Now.Date;

        // Day 1, 09:00: Gus reacts in the guild and Bob comments in it; Ada comments company-wide.
        var guildPost = await community.PostAsync(bob, guild.Id);
        var post = await community.PostAsync(ada, null);
        await community.Reactions.ReactAsync(gus.Id, guildPost.Id, ReactionKind.Like);
        var bobs = await community.Comments.AddAsync(bob.Id, guildPost.Id, "First");
        await community.Comments.AddAsync(ada.Id, post.Id, "Hello");
        await community.Posts.RecordViewAsync(gus.Id, guildPost.Id);
        // Day 2, 09:00: Gus withdraws his reaction; day 3, 09:00: Bob deletes his comment.
        community.Clock.Advance(TimeSpan.FromDays(1));
        await community.Reactions.RemoveAsync(gus.Id, guildPost.Id);
        community.Clock.Advance(TimeSpan.FromDays(1));
        await community.Comments.DeleteAsync(bob.Id, bobs.Id);

        var service = new KpiService(community.Context());
        var reference = KpiReference.Load(community.Context());
        async Task<KpiFigures> DaysAsync(int first, int count)
        {
            var (from, to) = (day.AddDays(first), day.AddDays(first + count));
            var figures = await service.ComputeAsync(KpiPeriod.Of(from, to), KpiScope.Everyone, Window);
            Assert.Equal(reference.Compute(from, to, KpiScope.Everyone, Window), figures);
            return figures;
        }

        var dayOne = await DaysAsync(0, 1);
        var twoDays = await DaysAsync(0, 2);
        var threeDays = await DaysAsync(0, 3);

        Assert.Equal((2, 1, 1, 1L), (dayOne.Comments, dayOne.Reactions, dayOne.ActiveGroups, dayOne.Views)); // all stood at the end of day 1
        Assert.Equal((2, 0, 1L), (twoDays.Comments, twoDays.Reactions, twoDays.ActiveGroups)); // Bob's comment still keeps the guild active
        Assert.Equal((1, 0, 0L), (threeDays.Comments, threeDays.Reactions, threeDays.ActiveGroups)); // nothing stands in the guild
        Assert.Equal(3, (await DaysAsync(0, 3)).ActiveMembers);
        Assert.Equal(0, (await DaysAsync(3, 2)).Posts);

        // Folding the day deltas into the day totals changes no figure.
        Assert.True(await new KpiDayFolder(community.Context()).FoldAsync() > 0);
        Assert.Equal(threeDays, await DaysAsync(0, 3));
        Assert.Equal(0, await new KpiDayFolder(community.Context()).FoldAsync());
    }

    [Fact]
    public void Weeks_are_iso_weeks_and_months_calendar_months()
    {
        var period = KpiPeriod.Of(new DateTime(2026, 1, 28, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc));

        var weeks = KpiBuckets.Of(period, KpiGranularity.Week, TimeZoneInfo.Utc);
        var months = KpiBuckets.Of(period, KpiGranularity.Month, TimeZoneInfo.Utc);

        Assert.Equal(new DateTime(2026, 2, 2, 0, 0, 0, DateTimeKind.Utc), weeks[0].To); // Monday
        Assert.All(weeks.Skip(1).SkipLast(1), w => Assert.Equal(DayOfWeek.Monday, w.From.DayOfWeek));
        Assert.Equal([new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), period.To], months.Select(m => m.To));
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(0, 367)]
    public void A_period_that_ends_before_it_starts_or_spans_more_than_366_days_is_refused(int fromDay, int toDay)
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var refused = Assert.Throws<DomainException>(() => KpiPeriod.Of(start.AddDays(fromDay), start.AddDays(toDay)));

        Assert.Equal(KpiErrorCodes.PeriodInvalid, refused.Code);
    }

    [DatabaseFact]
    public async Task A_seeded_community_gives_the_figures_of_the_straightforward_computation()
    {
        using var database = await MigratedDatabaseAsync();
        var anchor = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        await new SeedGenerator(database.Database).SeedAsync(
            SeedSize.Custom(members: 60, groups: 4, posts: 300, comments: 400, reactions: 700, views: 900, events: 6, surveys: 1, days: 40),
            new SeedOptions(RandomSeed: 11, Anchor: anchor));
        database.Execute(Provider == DatabaseProvider.Sqlite
            ? "UPDATE \"Members\" SET \"IsLeader\" = 1 WHERE \"Id\" % 7 = 0; UPDATE \"MemberStates\" SET \"IsLeader\" = 1 WHERE \"MemberId\" % 7 = 0"
            : "UPDATE \"Members\" SET \"IsLeader\" = TRUE WHERE \"Id\" % 7 = 0; UPDATE \"MemberStates\" SET \"IsLeader\" = TRUE WHERE \"MemberId\" % 7 = 0");
        // One secret group, which a scope without secret groups leaves out of activeGroups.
        database.Execute($"UPDATE \"Groups\" SET \"Visibility\" = {(int)GroupVisibility.Secret} WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"Groups\")");
        await using var context = database.NewContext();
        var reference = KpiReference.Load(context);
        var service = new KpiService(database.NewContext());
        var department = context.MemberStates.Where(s => s.ValidTo == null && s.Department != null).Select(s => s.Department).First();
        var groupId = context.Groups.OrderBy(g => g.Id).Select(g => g.Id).First();

        // Whole days (short and over 90 days, which PostgreSQL reads another way), partial days, and a period past the data.
        foreach (var (from, to) in new[]
        {
            (anchor.AddDays(-40), anchor), (anchor.AddDays(-120), anchor.AddDays(1)), (anchor.AddDays(-14).AddHours(7), anchor.AddDays(-7)),
            (anchor.AddDays(-3), anchor.AddDays(2)),
        })
        {
            foreach (var scope in new[]
            {
                KpiScope.Everyone, new KpiScope(Department: department), new KpiScope(groupId), new KpiScope(Kind: MemberKind.Guest),
                new KpiScope(IncludeSecretGroups: false),
            })
            {
                Assert.Equal(reference.Compute(from, to, scope, Window), await service.ComputeAsync(KpiPeriod.Of(from, to), scope, Window));
            }

            Assert.Equal(reference.Leaderboard(from, to, 20), await service.LeaderboardAsync(KpiPeriod.Of(from, to), KpiScope.Everyone, 20));
        }
    }

    public sealed class Sqlite() : KpiServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : KpiServiceTests(DatabaseProvider.PostgreSql);
}
