using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class AnnouncementServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task An_announcement_to_everyone_targets_enabled_employees_and_counts_only_their_views()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var ann = await community.MemberAsync("ann");
        var ben = await community.MemberAsync("ben");
        var gone = await community.MemberAsync("gone");
        var guest = await community.GuestAsync("guest");
        var post = await AnnounceAsync(community, admin, requiresAcknowledgement: true);
        await community.Posts.RecordViewAsync(ann.Id, post.Id);
        await community.Posts.RecordViewAsync(ann.Id, post.Id);
        await community.Posts.RecordViewAsync(gone.Id, post.Id);
        await community.Announcements.AcknowledgeAsync(ben.Id, post.Id);
        await community.Members.SetEnabledAsync(admin.Id, gone.Id, enabled: false);

        var coverage = await community.Announcements.CoverageAsync(admin.Id, post.Id);

        // admin, ann, ben: the disabled member and the guest are not targeted; ben's acknowledgement recorded his view.
        Assert.Equal(new AnnouncementCoverage(3, 2, 1), coverage);
        Assert.Equal(2d / 3, coverage!.SeenRate, 6);
        Assert.Equal(1d / 3, coverage.AcknowledgedRate, 6);
        var audience = (await community.Context().AnnouncementAudienceAsync(post.Id))!;
        Assert.Equal([admin.Id, ann.Id, ben.Id], await community.Context().TargetedMembers(audience).Select(m => m.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal([admin.Id], await community.Context().MembersWhoHaveNotSeen(audience).Select(m => m.Id).ToListAsync());
        Assert.Equal([admin.Id, ann.Id], await community.Context().MembersWhoHaveNotAcknowledged(audience).Select(m => m.Id).OrderBy(id => id).ToListAsync());
        Assert.DoesNotContain(guest.Id, await community.Context().TargetedMembers(audience).Select(m => m.Id).ToListAsync());
    }

    [DatabaseFact]
    public async Task An_audience_of_groups_and_departments_targets_their_members_only()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var sales = await InDepartmentAsync(community, admin, await community.MemberAsync("sales"), "Sales");
        var maker = await community.MemberAsync("maker");
        var outsider = await InDepartmentAsync(community, admin, await community.MemberAsync("outsider"), "Legal");
        var makers = await community.GroupAsync(maker, "Makers");
        var post = await AnnounceAsync(community, admin, new NewAudience([makers.Id], ["Sales"]));
        await community.Posts.RecordViewAsync(outsider.Id, post.Id);
        await community.Posts.RecordViewAsync(sales.Id, post.Id);

        var coverage = await community.Announcements.CoverageAsync(admin.Id, post.Id);

        Assert.Equal(new AnnouncementCoverage(2, 1, 0), coverage);
        var audience = (await community.Context().AnnouncementAudienceAsync(post.Id))!;
        Assert.Equal([makers.Id], audience.GroupIds);
        Assert.Equal(["Sales"], audience.Departments);
        Assert.Equal([maker.Id], await community.Context().MembersWhoHaveNotSeen(audience).Select(m => m.Id).ToListAsync());
    }

    [DatabaseFact]
    public async Task Nobody_in_the_audience_gives_rates_of_zero()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var post = await AnnounceAsync(community, admin, new NewAudience(Departments: ["Nobody here"]));

        var coverage = await community.Announcements.CoverageAsync(admin.Id, post.Id);

        Assert.Equal(new AnnouncementCoverage(0, 0, 0), coverage);
        Assert.Equal((0d, 0d), (coverage!.SeenRate, coverage.AcknowledgedRate));
    }

    [DatabaseFact]
    public async Task A_group_announcement_targets_the_group_members_guests_included_narrowed_by_department()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var guest = await community.GuestAsync("guest");
        var reader = await community.MemberAsync("reader");
        var group = await community.GroupAsync(owner, "Makers");
        await community.Groups.AddMemberAsync(owner.Id, group.Id, guest.Id);

        var everyone = await community.Posts.CreateAsync(owner.Id, new NewPost(group.Id, PostKind.Announcement, "All hands", RequiresAcknowledgement: true));
        await InDepartmentAsync(community, owner, guest, "Partners", self: true);
        var partners = await community.Posts.CreateAsync(owner.Id, new NewPost(group.Id, PostKind.Announcement, "Partners only", Audience: new NewAudience(Departments: ["Partners"])));

        Assert.Equal(new AnnouncementCoverage(2, 0, 0), await community.Announcements.CoverageAsync(owner.Id, everyone.Id));
        Assert.Equal(new AnnouncementCoverage(1, 0, 0), await community.Announcements.CoverageAsync(owner.Id, partners.Id));
        await community.Announcements.AcknowledgeAsync(guest.Id, everyone.Id);
        Assert.Equal(new AnnouncementCoverage(2, 1, 1), await community.Announcements.CoverageAsync(owner.Id, everyone.Id));
        // An employee reads a public group's posts, but the announcement is addressed to its members.
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotInAudience,
            () => community.Announcements.AcknowledgeAsync(reader.Id, everyone.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Posts.CreateAsync(owner.Id, new NewPost(group.Id, PostKind.Announcement, "To groups", Audience: new NewAudience([group.Id]))));
    }

    [DatabaseFact]
    public async Task The_guests_of_a_targeted_group_read_a_company_wide_announcement_and_other_guests_do_not()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var partner = await community.GuestAsync("partner");
        var stranger = await community.GuestAsync("stranger");
        var partners = await community.GroupAsync(admin, "Partners", GroupVisibility.Private);
        await community.Groups.AddMemberAsync(admin.Id, partners.Id, partner.Id);
        var toPartners = await AnnounceAsync(community, admin, new NewAudience([partners.Id]), requiresAcknowledgement: true);
        var toAll = await AnnounceAsync(community, admin, requiresAcknowledgement: true);

        await community.Announcements.AcknowledgeAsync(partner.Id, toPartners.Id);

        Assert.Equal(new AnnouncementCoverage(2, 1, 1), await community.Announcements.CoverageAsync(admin.Id, toPartners.Id));
        Assert.Equal([toPartners.Id], await VisiblePostIdsAsync(community, partner));
        Assert.Empty(await VisiblePostIdsAsync(community, stranger));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.PostNotFound,
            () => community.Announcements.AcknowledgeAsync(partner.Id, toAll.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.PostNotFound,
            () => community.Posts.RecordViewAsync(stranger.Id, toPartners.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.PostNotFound,
            () => community.Comments.AddAsync(partner.Id, toAll.Id, "Me too?"));
        await community.Comments.AddAsync(partner.Id, toPartners.Id, "Read, thanks.");
    }

    private static async Task<List<long>> VisiblePostIdsAsync(TestCommunity community, Member member)
    {
        var viewer = await community.Context().Members.SingleAsync(m => m.Id == member.Id);
        return await community.Context().VisiblePosts(viewer, community.Now).Select(p => p.Id).ToListAsync();
    }

    [DatabaseFact]
    public async Task Acknowledging_twice_keeps_one_row_and_the_first_time_and_records_one_view()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var ann = await community.MemberAsync("ann");
        var post = await AnnounceAsync(community, admin, requiresAcknowledgement: true);
        var first = await community.Announcements.AcknowledgeAsync(ann.Id, post.Id);
        community.Clock.Advance(TimeSpan.FromHours(2));

        var again = await community.Announcements.AcknowledgeAsync(ann.Id, post.Id);

        Assert.Equal((first.Id, first.AcknowledgedAt), (again.Id, again.AcknowledgedAt));
        Assert.Equal(1, await community.Context().PostAcknowledgements.CountAsync());
        Assert.Equal(1, await community.Context().PostViews.CountAsync(v => v.MemberId == ann.Id));
        Assert.Equal(1, await community.Context().ActivityEntries.CountAsync(a => a.MemberId == ann.Id && a.Kind == ActivityKind.PostViewed));
    }

    [DatabaseFact]
    public async Task Racing_acknowledgements_of_one_member_all_succeed_with_one_row_and_one_view()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var ann = await community.MemberAsync("ann");
        var post = await AnnounceAsync(community, admin, requiresAcknowledgement: true);

        var outcomes = await Race.RunAsync(community, 6,
            (context, _) => new AnnouncementService(context, community.Clock).AcknowledgeAsync(ann.Id, post.Id));

        Assert.Equal(Enumerable.Repeat(Race.Ok, 6), outcomes);
        Assert.Equal(1, await community.Context().PostAcknowledgements.CountAsync());
        Assert.Equal(1, await community.Context().PostViews.CountAsync(v => v.MemberId == ann.Id));
    }

    [DatabaseFact]
    public async Task Acknowledging_keeps_an_earlier_view_as_it_was()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var ann = await community.MemberAsync("ann");
        var post = await AnnounceAsync(community, admin, requiresAcknowledgement: true);
        var view = await community.Posts.RecordViewAsync(ann.Id, post.Id);
        community.Clock.Advance(TimeSpan.FromHours(1));

        await community.Announcements.AcknowledgeAsync(ann.Id, post.Id);

        Assert.Equal([view.ViewedAt], await community.Context().PostViews.Where(v => v.MemberId == ann.Id).Select(v => v.ViewedAt).ToListAsync());
    }

    [DatabaseFact]
    public async Task Acknowledging_is_refused_where_not_asked_outside_the_audience_and_on_what_cannot_be_read()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var ann = await community.MemberAsync("ann");
        var guest = await community.GuestAsync("guest");
        var plain = await AnnounceAsync(community, admin);
        var update = await community.PostAsync(admin, null);
        var forSales = await AnnounceAsync(community, admin, new NewAudience(Departments: ["Sales"]), requiresAcknowledgement: true);
        var forAll = await AnnounceAsync(community, admin, requiresAcknowledgement: true);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.AcknowledgementNotRequested,
            () => community.Announcements.AcknowledgeAsync(ann.Id, plain.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.AcknowledgementNotRequested,
            () => community.Announcements.AcknowledgeAsync(ann.Id, update.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotInAudience,
            () => community.Announcements.AcknowledgeAsync(ann.Id, forSales.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.PostNotFound,
            () => community.Announcements.AcknowledgeAsync(guest.Id, forAll.Id));
    }

    [DatabaseFact]
    public async Task Only_announcements_get_an_audience_and_a_secret_group_is_refused_as_unknown()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var keeper = await community.MemberAsync("keeper");
        var secret = await community.GroupAsync(keeper, "Hush", GroupVisibility.Secret);
        var owner = await community.MemberAsync("owner");
        var open = await community.GroupAsync(owner, "Open");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Posts.CreateAsync(admin.Id, new NewPost(null, PostKind.Update, "Hi", RequiresAcknowledgement: true)));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Posts.CreateAsync(owner.Id, new NewPost(open.Id, PostKind.Update, "Hi", Audience: new NewAudience(Departments: ["Sales"]))));
        var refused = await DomainAssert.RefusedAsync(DomainErrorCodes.GroupNotFound,
            () => AnnounceAsync(community, owner, new NewAudience([secret.Id]), groupId: open.Id));
        Assert.DoesNotContain("Hush", refused.Message, StringComparison.Ordinal);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => AnnounceAsync(community, admin, new NewAudience(Departments: ["  "])));
        Assert.Equal(0, await community.Context().Posts.CountAsync());
    }

    [DatabaseFact]
    public async Task An_admin_may_address_a_secret_group_and_an_unknown_group_is_refused()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var secret = await community.GroupAsync(admin, "Hush", GroupVisibility.Secret);
        var post = await AnnounceAsync(community, admin, new NewAudience([secret.Id]));

        Assert.Equal([secret.Id], (await community.Context().AnnouncementAudienceAsync(post.Id))!.GroupIds);
        await DomainAssert.RefusedAsync(DomainErrorCodes.GroupNotFound, () => AnnounceAsync(community, admin, new NewAudience([secret.Id + 1000])));
    }

    [DatabaseFact]
    public async Task Only_the_author_readdresses_and_acknowledgements_given_stay()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var ann = await InDepartmentAsync(community, admin, await community.MemberAsync("ann"), "Sales");
        var other = await community.MemberAsync("other", role: MemberRole.Admin);
        var post = await AnnounceAsync(community, admin, requiresAcknowledgement: true);
        await community.Announcements.AcknowledgeAsync(ann.Id, post.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Announcements.AddressAsync(other.Id, post.Id, new NewAudience(Departments: ["Sales"]), true));
        await community.Announcements.AddressAsync(admin.Id, post.Id, new NewAudience(Departments: ["Sales", "Legal"]), true);
        await community.Announcements.AddressAsync(admin.Id, post.Id, new NewAudience(Departments: ["Sales"]), true);

        var audience = (await community.Context().AnnouncementAudienceAsync(post.Id))!;
        Assert.Equal(["Sales"], audience.Departments);
        Assert.Equal(new AnnouncementCoverage(1, 1, 1), await community.Announcements.CoverageAsync(admin.Id, post.Id));
    }

    [DatabaseFact]
    public async Task Reach_is_for_the_author_group_owners_and_admins()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var author = await community.MemberAsync("author");
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var reader = await community.MemberAsync("reader");
        var group = await community.GroupAsync(owner, "Makers");
        await community.Groups.AddMemberAsync(owner.Id, group.Id, author.Id, GroupRole.Owner);
        await community.Groups.AddMemberAsync(owner.Id, group.Id, reader.Id);
        var post = await community.Posts.CreateAsync(author.Id, new NewPost(group.Id, PostKind.Announcement, "Read me"));

        foreach (var allowed in new[] { owner, author, admin })
        {
            Assert.NotNull(await community.Announcements.CoverageAsync(allowed.Id, post.Id));
        }

        await DomainAssert.RefusedAsync(DomainErrorCodes.NotAuthorized, () => community.Announcements.CoverageAsync(reader.Id, post.Id));
        Assert.Null(await community.Announcements.CoverageAsync(owner.Id, (await community.PostAsync(owner, group.Id)).Id));
    }

    [DatabaseFact]
    public async Task Company_wide_announcements_reach_the_feed_of_their_audience()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var sales = await InDepartmentAsync(community, admin, await community.MemberAsync("sales"), "Sales");
        var maker = await community.MemberAsync("maker");
        var makers = await community.GroupAsync(maker, "Makers");
        var all = await AnnounceAsync(community, admin);
        var toSales = await AnnounceAsync(community, admin, new NewAudience(Departments: ["Sales"]));
        var toMakers = await AnnounceAsync(community, admin, new NewAudience([makers.Id]));

        async Task<List<long>> AddressedTo(Member member)
        {
            var viewer = await community.Context().Members.SingleAsync(m => m.Id == member.Id);
            return await community.Context().AnnouncementsAddressedTo(viewer).Select(p => p.Id).OrderBy(id => id).ToListAsync();
        }

        Assert.Equal([all.Id, toSales.Id], await AddressedTo(sales));
        Assert.Equal([all.Id, toMakers.Id], await AddressedTo(maker));
        Assert.Equal([all.Id], await AddressedTo(admin));
    }

    private static Task<Post> AnnounceAsync(TestCommunity community, Member author, NewAudience? audience = null,
        bool requiresAcknowledgement = false, long? groupId = null) =>
        community.Posts.CreateAsync(author.Id, new NewPost(groupId, PostKind.Announcement, "Please read", Audience: audience,
            RequiresAcknowledgement: requiresAcknowledgement));

    private static async Task<Member> InDepartmentAsync(TestCommunity community, Member admin, Member member, string department, bool self = false) =>
        await community.Members.UpdateProfileAsync(self ? member.Id : admin.Id, member.Id, new MemberProfile(member.DisplayName, Department: department));

    public sealed class Sqlite() : AnnouncementServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : AnnouncementServiceTests(DatabaseProvider.PostgreSql);
}
