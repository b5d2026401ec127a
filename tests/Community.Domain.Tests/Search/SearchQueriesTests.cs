using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Search;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Search;

public abstract class SearchQueriesTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task Each_kind_is_found_by_each_of_its_indexed_fields()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        await community.Members.UpdateProfileAsync(ada.Id, ada.Id,
            new MemberProfile("Ada Lovelace", Title: "Analyst", Department: "Mathematics", SkillList: ["Engines", "Poetry"]));
        var group = await community.Groups.CreateAsync(ada.Id, "Gardeners", "Tomatoes and roses", GroupVisibility.Public);
        var post = await community.Posts.CreateAsync(ada.Id, new NewPost(null, PostKind.Update, "The harvest festival is near", Title: "Pumpkins"));
        var meetup = await community.Events.CreateAsync(ada.Id, new NewEvent(null, "Seed swap", community.Now.AddDays(3), community.Now.AddDays(3).AddHours(2),
            Description: "Bring your heirloom seeds", Location: "Greenhouse"));

        foreach (var (text, kind, id) in new (string, SearchKind, long)[]
        {
            ("lovelace", SearchKind.Member, ada.Id), ("ada", SearchKind.Member, ada.Id), ("analyst", SearchKind.Member, ada.Id),
            ("mathematics", SearchKind.Member, ada.Id), ("poetry", SearchKind.Member, ada.Id),
            ("gardeners", SearchKind.Group, group.Id), ("tomatoes", SearchKind.Group, group.Id),
            ("pumpkins", SearchKind.Post, post.Id), ("harvest festival", SearchKind.Post, post.Id),
            ("seed swap", SearchKind.Event, meetup.Id), ("heirloom", SearchKind.Event, meetup.Id), ("greenhouse", SearchKind.Event, meetup.Id),
        })
        {
            Assert.Equal([(kind, id)], await FindAsync(community, ada, text));
        }
    }

    [DatabaseFact]
    public async Task Every_word_must_match_and_the_last_also_as_a_prefix()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var both = await community.PostAsync(ada, null, "Quarterly planning for the robotics team");
        await community.PostAsync(ada, null, "Quarterly numbers only");

        Assert.Equal([(SearchKind.Post, both.Id)], await FindAsync(community, ada, "quarterly robot"));
        Assert.Equal([(SearchKind.Post, both.Id)], await FindAsync(community, ada, "QUARTERLY Robotics"));
        Assert.Empty(await FindAsync(community, ada, "quarterly robots"));
    }

    [DatabaseFact]
    public async Task The_index_follows_edits_and_deletions()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var post = await community.PostAsync(ada, null, "Draft about marmalade");
        var group = await community.GroupAsync(ada, "Bakers");
        var meetup = await community.Events.CreateAsync(ada.Id, new NewEvent(null, "Bread class", community.Now.AddDays(3), community.Now.AddDays(3).AddHours(1)));
        Assert.Single(await FindAsync(community, ada, "marmalade"));

        await community.Posts.EditAsync(ada.Id, post.Id, "Jam", "Final text about apricots");
        await community.Groups.EditAsync(ada.Id, group.Id, new GroupChanges(Name: "Brewers", Description: "Kombucha"));
        await community.Events.EditAsync(ada.Id, meetup.Id, new EventChanges { Title = "Cheese class", Location = "Dairy" });
        await community.Members.UpdateProfileAsync(ada.Id, ada.Id, new MemberProfile("Ada", SkillList: ["Fermentation"]));

        Assert.Empty(await FindAsync(community, ada, "marmalade"));
        Assert.Empty(await FindAsync(community, ada, "bakers"));
        Assert.Empty(await FindAsync(community, ada, "bread"));
        Assert.Equal([(SearchKind.Post, post.Id)], await FindAsync(community, ada, "jam apricots"));
        Assert.Equal([(SearchKind.Group, group.Id)], await FindAsync(community, ada, "brewers kombucha"));
        Assert.Equal([(SearchKind.Event, meetup.Id)], await FindAsync(community, ada, "cheese dairy"));
        Assert.Equal([(SearchKind.Member, ada.Id)], await FindAsync(community, ada, "fermentation"));

        await community.Posts.DeleteAsync(ada.Id, post.Id);
        Assert.Empty(await FindAsync(community, ada, "apricots"));
    }

    [DatabaseFact]
    public async Task Rows_written_and_removed_in_SQL_are_indexed_and_unindexed()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        community.Database.Execute($"""
            INSERT INTO "Groups" ("Name", "Description", "Visibility", "CreatedById", "CreatedAt")
            VALUES ('Astronomers', 'Telescopes', 0, {ada.Id}, CURRENT_TIMESTAMP)
            """);
        var id = community.Database.Scalar("""SELECT "Id" FROM "Groups" WHERE "Name" = 'Astronomers'""");
        Assert.Equal([(SearchKind.Group, id)], await FindAsync(community, ada, "telescopes"));

        community.Database.Execute("""UPDATE "Groups" SET "Description" = 'Comets' WHERE "Name" = 'Astronomers'""");
        Assert.Empty(await FindAsync(community, ada, "telescopes"));
        Assert.Equal([(SearchKind.Group, id)], await FindAsync(community, ada, "comets"));

        community.Database.Execute("""DELETE FROM "Groups" WHERE "Name" = 'Astronomers'""");
        Assert.Empty(await FindAsync(community, ada, "comets"));
        if (Provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal(0, community.Database.Scalar("""SELECT COUNT(*) FROM "SearchGroups" WHERE "SearchGroups" MATCH 'comets'"""));
        }
    }

    [DatabaseFact]
    public async Task Secret_and_private_content_is_found_only_by_those_who_may_read_it()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var outsider = await community.MemberAsync("outsider");
        var insider = await community.MemberAsync("insider");
        var guest = await community.GuestAsync("guest");
        var moderator = await community.MemberAsync("moderator", role: MemberRole.Moderator);
        var secret = await community.Groups.CreateAsync(owner.Id, "Zeppelin", "Airship zeppelin", GroupVisibility.Secret);
        var closed = await community.Groups.CreateAsync(owner.Id, "Board", "Zeppelin board", GroupVisibility.Private);
        var open = await community.Groups.CreateAsync(owner.Id, "Lobby", "Open lobby", GroupVisibility.Public);
        await community.Groups.AddMemberAsync(owner.Id, secret.Id, insider.Id);
        await community.Groups.AddMemberAsync(owner.Id, open.Id, guest.Id);
        var secretPost = await community.PostAsync(owner, secret.Id, "Zeppelin launch date");
        var secretEvent = await community.Events.CreateAsync(owner.Id, new NewEvent(secret.Id, "Zeppelin rehearsal", community.Now.AddDays(1), community.Now.AddDays(1).AddHours(1)));
        var privatePost = await community.PostAsync(owner, closed.Id, "Zeppelin budget");
        var companyPost = await community.PostAsync(owner, null, "Zeppelin rumours are false");
        var lobbyPost = await community.PostAsync(owner, open.Id, "Zeppelin museum trip");

        Assert.Equal(
            new[] { (SearchKind.Post, companyPost.Id), (SearchKind.Post, lobbyPost.Id), (SearchKind.Group, closed.Id) }.Order(),
            (await FindAsync(community, outsider, "zeppelin")).Order());
        Assert.Equal(3, await community.Context().Search(outsider, community.Now, SearchText.Parse("zeppelin")).CountAsync());

        var insiders = await FindAsync(community, insider, "zeppelin");
        Assert.Contains((SearchKind.Group, secret.Id), insiders);
        Assert.Contains((SearchKind.Post, secretPost.Id), insiders);
        Assert.Contains((SearchKind.Event, secretEvent.Id), insiders);
        Assert.DoesNotContain((SearchKind.Post, privatePost.Id), insiders);

        Assert.Equal([(SearchKind.Post, lobbyPost.Id)], await FindAsync(community, guest, "zeppelin"));
        Assert.Equal(7, (await FindAsync(community, moderator, "zeppelin")).Count);
    }

    [DatabaseFact]
    public async Task Guests_find_only_the_members_of_their_groups_and_nobody_finds_disabled_members()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var guest = await community.GuestAsync("guest");
        var mate = await community.MemberAsync("mate");
        var stranger = await community.MemberAsync("stranger");
        var group = await community.GroupAsync(admin, "Crew");
        await community.Groups.AddMemberAsync(admin.Id, group.Id, guest.Id);
        await community.Groups.AddMemberAsync(admin.Id, group.Id, mate.Id);
        foreach (var member in new[] { mate, stranger })
        {
            await community.Members.UpdateProfileAsync(admin.Id, member.Id, new MemberProfile(member.Handle, Department: "Logistics"));
        }

        Assert.Equal([(SearchKind.Member, mate.Id)], await FindAsync(community, guest, "logistics"));
        Assert.Equal(2, (await FindAsync(community, admin, "logistics")).Count);

        await community.Members.SetEnabledAsync(admin.Id, stranger.Id, false);
        Assert.Equal([(SearchKind.Member, mate.Id)], await FindAsync(community, admin, "logistics"));
    }

    [DatabaseFact]
    public async Task Scheduled_posts_are_not_found_until_published()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var bob = await community.MemberAsync("bob");
        await community.Posts.CreateAsync(ada.Id, new NewPost(null, PostKind.Update, "Surprise party", PublishAt: community.Now.AddDays(1)));

        Assert.Empty(await FindAsync(community, bob, "surprise"));
        community.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Single(await FindAsync(community, bob, "surprise"));
    }

    [DatabaseFact]
    public async Task Titles_and_names_rank_above_longer_text()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var inBody = await community.PostAsync(ada, null, "Notes from the week, including a short word on compilers and other tools");
        var inTitle = await community.Posts.CreateAsync(ada.Id, new NewPost(null, PostKind.Update, "What we learned this week", Title: "Compilers"));

        Assert.Equal([(SearchKind.Post, inTitle.Id), (SearchKind.Post, inBody.Id)], await FindAsync(community, ada, "compilers"));
        var scores = await community.Context().Search(ada, community.Now, SearchText.Parse("compilers"))
            .OrderByDescending(h => h.Score).Select(h => h.Score).ToListAsync();
        Assert.True(scores[0] > scores[1]);
    }

    [DatabaseFact]
    public async Task The_kinds_filter_keeps_only_the_kinds_asked_for()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var group = await community.Groups.CreateAsync(ada.Id, "Orchestra", "Orchestra rehearsals", GroupVisibility.Public);
        var post = await community.PostAsync(ada, group.Id, "Orchestra tickets");

        Assert.Equal([(SearchKind.Group, group.Id)], await FindAsync(community, ada, "orchestra", [SearchKind.Group]));
        Assert.Equal([(SearchKind.Post, post.Id)], await FindAsync(community, ada, "orchestra", [SearchKind.Post, SearchKind.Event]));
        Assert.Equal(2, (await FindAsync(community, ada, "orchestra", [])).Count);
    }

    [DatabaseTheory]
    [InlineData("\"")]
    [InlineData("\"unbalanced")]
    [InlineData("*")]
    [InlineData("comet*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(comet tail, 2)")]
    [InlineData("a OR")]
    [InlineData("OR AND NOT")]
    [InlineData("-x")]
    [InlineData("comet -tail")]
    [InlineData("Body:comet")]
    [InlineData("(comet")]
    [InlineData("comet)")]
    [InlineData("'; DROP TABLE \"Posts\"; --")]
    [InlineData("comet & tail | !x <-> y:*")]
    [InlineData("^comet + {tail}")]
    [InlineData("🚀 ☄️")]
    [InlineData("彗星")]
    [InlineData("Zürich café")]
    [InlineData("\u0000comet")]
    [InlineData("\ud800comet\udc00")]
    [InlineData("\uE000comet\uE001")]
    public async Task Hostile_input_is_plain_text_and_never_a_query_error(string text)
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        await community.PostAsync(ada, null, "A comet with a tail over Zürich café 彗星 🚀");

        var hits = await FindAsync(community, ada, text);

        Assert.True(hits.Count <= 1);
        await using var db = community.Context();
        foreach (var kind in SearchQueries.AllKinds)
        {
            var parsed = SearchText.Parse(text);
            if (!parsed.IsEmpty)
            {
                await db.SnippetsAsync(kind, SearchDialect.For(db).MatchExpression(parsed), [1, 2]);
            }
        }
    }

    [DatabaseFact]
    public async Task Words_typed_with_operators_find_what_the_words_alone_find()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var post = await community.PostAsync(ada, null, "A comet with a tail over Zürich café 彗星");

        foreach (var text in new[] { "comet -tail", "(comet tail)", "\"comet\" tail*", "tail:comet", "ZÜRICH CAFÉ", "彗星" })
        {
            Assert.Equal([(SearchKind.Post, post.Id)], await FindAsync(community, ada, text));
        }
    }

    [DatabaseFact]
    public async Task Snippets_mark_the_matched_words_and_escape_any_HTML()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var post = await community.PostAsync(ada, null, "Beware <script>alert('x')</script> & the <b>kraken</b> rises");

        await using var db = community.Context();
        var hit = await db.Search(ada, community.Now, SearchText.Parse("kraken")).SingleAsync();
        var snippets = await db.SnippetsAsync(SearchKind.Post, hit.Query, [post.Id]);

        // What is left once the marks are taken out is text: every tag escaped (PostgreSQL's ts_headline drops what it reads as tags).
        var snippet = snippets[post.Id];
        Assert.Contains("<mark>kraken</mark>", snippet);
        Assert.Contains("alert(&#39;x&#39;)", snippet);
        Assert.Contains("&amp; the", snippet);
        var text = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        if (Provider == DatabaseProvider.Sqlite)
        {
            Assert.Contains("&lt;script&gt;", snippet);
        }
    }

    [DatabaseFact]
    public async Task Scores_read_back_compare_equal_so_keyset_pages_continue_exactly()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        for (var i = 0; i < 4; i++)
        {
            await community.PostAsync(ada, null, "Identical lighthouse notes");
        }

        await community.PostAsync(ada, null, "Lighthouse");
        await community.PostAsync(ada, null, "A lighthouse, then another lighthouse, and the keeper of the lighthouse");

        await using var db = community.Context();
        var search = db.Search(ada, community.Now, SearchText.Parse("lighthouse"));
        var all = await search.OrderByDescending(h => h.Score).ThenByDescending(h => h.Key).ToListAsync();
        Assert.Equal(6, all.Count);
        foreach (var (cursor, index) in all.Select((h, i) => (h, i)))
        {
            // What the paging conventions run for the page after a cursor: the keys read back, compared in SQL.
            var (score, key) = (cursor.Score, cursor.Key);
            var rest = await search.Where(h => h.Score < score || (h.Score == score && h.Key < key))
                .OrderByDescending(h => h.Score).ThenByDescending(h => h.Key).Select(h => h.Key).ToListAsync();
            Assert.Equal(all.Skip(index + 1).Select(h => h.Key), rest);
        }
    }

    [DatabaseFact]
    public async Task A_seeded_community_is_searchable()
    {
        using var database = await MigratedDatabaseAsync();
        await new Community.Domain.Seeding.SeedGenerator(database.Database).SeedAsync(
            Community.Domain.Seeding.SeedSize.Custom(members: 20, groups: 3, posts: 60, comments: 0, reactions: 0, views: 0, events: 3, surveys: 0, days: 10),
            new Community.Domain.Seeding.SeedOptions(RandomSeed: 3, Anchor: TestCommunity.Start));
        await using var db = database.NewContext();
        var admin = await db.Members.FirstAsync(m => m.Role == MemberRole.Admin && m.IsEnabled);
        var post = await db.Posts.Where(p => p.DeletedAt == null && p.PublishedAt <= TestCommunity.Start).OrderByDescending(p => p.Id).FirstAsync();
        var member = await db.Members.OrderByDescending(m => m.Id).FirstAsync(m => m.IsEnabled);

        var postWord = System.Text.RegularExpressions.Regex.Matches(post.Body, @"\p{L}+").Select(m => m.Value).MaxBy(w => w.Length)!;
        Assert.Contains(post.Id, await db.Search(admin, TestCommunity.Start, SearchText.Parse(postWord), [SearchKind.Post]).Select(h => h.EntityId).ToListAsync());
        Assert.Contains(member.Id, await db.Search(admin, TestCommunity.Start, SearchText.Parse(member.Handle), [SearchKind.Member]).Select(h => h.EntityId).ToListAsync());
    }

    private static async Task<List<(SearchKind Kind, long Id)>> FindAsync(TestCommunity community, Member viewer, string text,
        IReadOnlyCollection<SearchKind>? kinds = null)
    {
        await using var db = community.Context();
        var hits = await db.Search(viewer, community.Now, SearchText.Parse(text), kinds)
            .OrderByDescending(h => h.Score).ThenByDescending(h => h.Key).ToListAsync();
        return hits.Select(h => (h.Kind, h.EntityId)).ToList();
    }

    public sealed class Sqlite() : SearchQueriesTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : SearchQueriesTests(DatabaseProvider.PostgreSql);
}
