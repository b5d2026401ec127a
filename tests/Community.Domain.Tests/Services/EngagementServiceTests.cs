using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

/// <summary>Follows, surveys, moderation, notifications and members.</summary>
public abstract class EngagementServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task Following_is_once_per_pair_and_never_oneself()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var bob = await community.MemberAsync("bob");

        await community.Follows.FollowAsync(ada.Id, bob.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.AlreadyFollowing,
            () => community.Follows.FollowAsync(ada.Id, bob.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.CannotFollowSelf,
            () => community.Follows.FollowAsync(ada.Id, ada.Id));
        Assert.True(await community.Follows.UnfollowAsync(ada.Id, bob.Id));
        Assert.Equal(0, await community.Context().Follows.CountAsync());
    }

    [DatabaseFact]
    public async Task A_survey_takes_one_score_per_member_while_open()
    {
        await using var community = await CommunityAsync();
        var analyst = await community.MemberAsync("analyst", role: MemberRole.Analyst);
        var member = await community.MemberAsync("member");
        var survey = await community.Surveys.CreateAsync(analyst.Id, "Pulse", "Recommend us?", null, community.Now, community.Now.AddDays(7));

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.ScoreOutOfRange,
            () => community.Surveys.RespondAsync(member.Id, survey.Id, 11));
        await community.Surveys.RespondAsync(member.Id, survey.Id, 9, "Great place");
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateResponse,
            () => community.Surveys.RespondAsync(member.Id, survey.Id, 3));
        community.Clock.Advance(TimeSpan.FromDays(7));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.SurveyClosed,
            () => community.Surveys.RespondAsync(analyst.Id, survey.Id, 5));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Surveys.CreateAsync(member.Id, "Mine", "?", null, community.Now, community.Now.AddDays(1)));

        Assert.Equal(9, (await community.Context().SurveyResponses.SingleAsync()).Score);
    }

    [DatabaseFact]
    public async Task Moderators_resolve_reports_and_removed_content_disappears()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var reporter = await community.MemberAsync("reporter");
        var moderator = await community.MemberAsync("mod", role: MemberRole.Moderator);
        var post = await community.PostAsync(author, null, "Spam spam spam");
        var report = await community.Moderation.ReportAsync(reporter.Id, post.Id, "Spam");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Moderation.ResolveAsync(reporter.Id, report.Id, ReportStatus.ContentRemoved));
        await community.Moderation.ResolveAsync(moderator.Id, report.Id, ReportStatus.ContentRemoved);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.ReportAlreadyResolved,
            () => community.Moderation.ResolveAsync(moderator.Id, report.Id, ReportStatus.Dismissed));

        var context = community.Context();
        Assert.NotNull((await context.Posts.SingleAsync()).DeletedAt);
        Assert.Equal(author.Id, (await context.Notifications.SingleAsync(n => n.Kind == NotificationKind.ContentRemoved)).RecipientId);
    }

    [DatabaseFact]
    public async Task Only_the_recipient_marks_notifications_read()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var jane = await community.MemberAsync("jane");
        await community.PostAsync(author, null, "Hi @jane");

        Assert.Equal(0, await community.Notifications.MarkReadAsync(author.Id));
        Assert.Equal(1, await community.Notifications.MarkReadAsync(jane.Id));
        Assert.NotNull((await community.Context().Notifications.SingleAsync()).ReadAt);
    }

    [DatabaseFact]
    public async Task Members_are_created_on_first_sight_with_a_free_handle()
    {
        await using var community = await CommunityAsync();
        await community.MemberAsync("jane.doe");

        var created = await community.Members.GetOrCreateAsync(new ExternalIdentity("sub-42", "Jane.Doe@corp.example", "Jane Doe", Department: "Sales"));
        var again = await community.Members.GetOrCreateAsync(new ExternalIdentity("sub-42", "Jane.Doe@corp.example", "Jane Doe"));
        await community.Members.SignInAsync(created.Id);

        Assert.Equal(created.Id, again.Id);
        var stored = await community.Context().Members.SingleAsync(m => m.Id == created.Id);
        Assert.Equal(("jane.doe2", "jane.doe@corp.example", "Sales"), (stored.Handle, stored.Email, stored.Department));
        Assert.Equal(community.Now, stored.FirstSignedInAt);
        Assert.Equal(1, await community.Context().ActivityEntries.CountAsync(a => a.Kind == ActivityKind.SignedIn));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateHandle,
            () => community.MemberAsync("Jane.Doe"));
    }

    [DatabaseFact]
    public async Task A_disabled_member_can_do_nothing()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.MemberAsync("member");
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Members.SetEnabledAsync(member.Id, admin.Id, enabled: false));
        await community.Members.SetEnabledAsync(admin.Id, member.Id, enabled: false);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.MemberDisabled,
            () => community.PostAsync(member, null));
    }

    [DatabaseFact]
    public async Task Profiles_are_edited_by_their_member_or_an_admin()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var bob = await community.MemberAsync("bob");

        await community.Members.UpdateProfileAsync(ada.Id, ada.Id, new MemberProfile("Ada L.", "Engineer", "R&D", "Paris", "Hi", null, ["C#", "c#", "SQL"]));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Members.UpdateProfileAsync(bob.Id, ada.Id, new MemberProfile("Hacked")));

        var stored = await community.Context().Members.SingleAsync(m => m.Id == ada.Id);
        Assert.Equal(("Ada L.", "R&D"), (stored.DisplayName, stored.Department));
        Assert.Equal(["C#", "SQL"], stored.Skills);
    }

    public sealed class Sqlite() : EngagementServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : EngagementServiceTests(DatabaseProvider.PostgreSql);
}
