using System.Text.Json;
using Community.Api.Schema;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>
/// search: a community where "nebula" appears in every kind of object and in every kind of space
/// (company-wide, public, private and secret), searched by members who may see different parts of it.
/// </summary>
public sealed class SearchTests : IAsyncLifetime
{
    private const string Search = """
        query($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
          search(text: $text, kinds: $kinds, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges {
              cursor
              node {
                kind score snippet
                node {
                  __typename
                  ... on Post { id postTitle: title }
                  ... on Member { id handle }
                  ... on Group { id name }
                  ... on Event { id eventTitle: title }
                }
              }
            }
          }
        }
        """;

    private CommunityApi _api = null!;
    private Post _titled = null!;
    private Post _engineering = null!;
    private Post _leadership = null!;
    private Post _secret = null!;
    private Group _watchers = null!;
    private Event _night = null!;
    private Event _secretLaunch = null!;

    public async Task InitializeAsync()
    {
        _api = await CommunityApi.CreateAsync();
        var (ada, bob) = (_api.Ada, _api.Bob);
        _titled = await Publish(ada, null, "Pictures of the nebula, and more nebula talk", "Nebula");
        _engineering = await Publish(bob, _api.Engineering.Id, "A nebula in the <b>lab</b> & <script>alert('x')</script> today");
        _leadership = await Publish(ada, _api.Leadership.Id, "Nebula budget");
        _secret = await Publish(ada, _api.ProjectX.Id, "Nebula is the codename");
        _watchers = await _api.Service<GroupService, Group>(s => s.CreateAsync(bob.Id, "Nebula Watchers", "Telescopes at night", GroupVisibility.Public));
        await _api.Service<GroupService, Group>(s => s.EditAsync(ada.Id, _api.ProjectX.Id, new GroupChanges(Description: "Operation nebula")));
        await _api.Service<MemberService, Member>(s => s.UpdateProfileAsync(_api.Cleo.Id, _api.Cleo.Id, new MemberProfile("Cleo", Title: "Nebula researcher")));
        var start = DateTime.UtcNow.AddDays(7);
        _night = await _api.Service<EventService, Event>(s => s.CreateAsync(ada.Id, new NewEvent(null, "Nebula night", start, start.AddHours(2), Location: "Roof")));
        _secretLaunch = await _api.Service<EventService, Event>(s => s.CreateAsync(ada.Id, new NewEvent(_api.ProjectX.Id, "Nebula launch", start, start.AddHours(1))));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Finds_each_kind_the_viewer_may_see_and_counts_only_those()
    {
        var search = await Run(_api.Cleo, "nebula");

        Assert.Equal(
            new[] { Id("Post", _titled.Id), Id("Post", _engineering.Id), Id("Member", _api.Cleo.Id), Id("Group", _watchers.Id), Id("Event", _night.Id) }.Order(),
            Ids(search).Order());
        Assert.Equal(5, search.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Event", "Group", "Member", "Post", "Post"], Hits(search).Select(h => h.GetProperty("node").GetProperty("__typename").GetString()).Order());
        Assert.All(Hits(search), h => Assert.Equal(h.GetProperty("node").GetProperty("__typename").GetString()!.ToUpperInvariant(), h.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_secret_groups_name_posts_and_events_are_never_found_by_non_members()
    {
        foreach (var text in new[] { "codename", "operation", "launch", "project x", "hush" })
        {
            var search = await Run(_api.Cleo, text);
            Assert.Empty(Ids(search));
            Assert.Equal(0, search.GetProperty("totalCount").GetInt32());
        }

        var ada = Ids(await Run(_api.Ada, "nebula"));
        Assert.Contains(Id("Post", _secret.Id), ada);
        Assert.Contains(Id("Group", _api.ProjectX.Id), ada);
        Assert.Contains(Id("Event", _secretLaunch.Id), ada);
        Assert.Contains(Id("Post", _leadership.Id), ada);
    }

    [Fact]
    public async Task A_private_groups_posts_are_found_by_its_members_only_while_the_group_itself_is_found_by_employees()
    {
        var bob = Ids(await Run(_api.Bob, "budget"));
        Assert.Empty(bob);

        var leads = await Run(_api.Bob, "leads");
        Assert.Equal([Id("Group", _api.Leadership.Id)], Ids(leads));

        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Ada.Id, _api.Leadership.Id, _api.Bob.Id));
        Assert.Equal(
            new[] { Id("Post", _leadership.Id), Id("Post", _api.LeadershipPost.Id) }.Order(),
            Ids(await Run(_api.Bob, "budget")).Order());
    }

    [Fact]
    public async Task Guests_find_only_their_groups_content_and_members()
    {
        var search = await Run(_api.Gus, "nebula");
        Assert.Equal([Id("Post", _engineering.Id)], Ids(search));
        Assert.Equal(1, search.GetProperty("totalCount").GetInt32());

        Assert.Equal([Id("Member", _api.Bob.Id)], Ids(await Run(_api.Gus, "bob")));
        Assert.Empty(Ids(await Run(_api.Gus, "cleo")));
        Assert.Empty(Ids(await Run(_api.Gus, "welcome")));
    }

    [Fact]
    public async Task Disabled_members_are_not_found()
    {
        Assert.Single(Ids(await Run(_api.Bob, "researcher")));

        await _api.Service<MemberService, Member>(s => s.SetEnabledAsync(_api.Ada.Id, _api.Cleo.Id, false));

        var search = await Run(_api.Bob, "researcher");
        Assert.Empty(Ids(search));
        Assert.Equal(0, search.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Hits_are_ranked_best_first_and_a_title_outranks_a_body()
    {
        var search = await Run(_api.Cleo, "nebula", kinds: ["POST"]);

        Assert.Equal([Id("Post", _titled.Id), Id("Post", _engineering.Id)], Ids(search));
        var scores = Hits(search).Select(h => h.GetProperty("score").GetDouble()).ToArray();
        Assert.True(scores[0] > scores[1]);

        var all = Hits(await Run(_api.Ada, "nebula")).Select(h => h.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(all.OrderDescending(), all);
    }

    [Fact]
    public async Task Snippets_mark_the_words_and_escape_the_HTML_of_the_source()
    {
        var search = await Run(_api.Cleo, "nebula lab", kinds: ["POST"]);

        var snippet = Assert.Single(Hits(search)).GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>nebula</mark>", snippet);
        Assert.Contains("&lt;b&gt;<mark>lab</mark>&lt;/b&gt;", snippet);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", snippet);
        Assert.Contains("&amp;", snippet);
        var text = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', text);
    }

    [Fact]
    public async Task Each_kind_has_its_snippet_from_its_own_fields()
    {
        var search = await Run(_api.Cleo, "nebula");
        string SnippetOf(string kind) => Hits(search).Single(h => h.GetProperty("kind").GetString() == kind && kind != "POST").GetProperty("snippet").GetString()!;

        Assert.Contains("<mark>Nebula</mark> researcher", SnippetOf("MEMBER"));
        Assert.Contains("<mark>Nebula</mark> Watchers", SnippetOf("GROUP"));
        Assert.Contains("<mark>Nebula</mark> night", SnippetOf("EVENT"));
    }

    [Fact]
    public async Task The_kinds_argument_keeps_only_the_kinds_asked_for()
    {
        Assert.Equal([Id("Group", _watchers.Id)], Ids(await Run(_api.Cleo, "nebula", kinds: ["GROUP"])));
        Assert.Equal(
            new[] { Id("Member", _api.Cleo.Id), Id("Event", _night.Id) }.Order(),
            Ids(await Run(_api.Cleo, "nebula", kinds: ["MEMBER", "EVENT"])).Order());
        Assert.Equal(5, Ids(await Run(_api.Cleo, "nebula", kinds: [])).Count);
    }

    [Fact]
    public async Task The_last_word_also_matches_as_a_prefix()
    {
        Assert.Equal([Id("Group", _watchers.Id)], Ids(await Run(_api.Cleo, "telesc")));
        Assert.Equal([Id("Group", _watchers.Id)], Ids(await Run(_api.Cleo, "nebula watch")));
        Assert.Empty(Ids(await Run(_api.Cleo, "watch nebula_x")));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"nebula")]
    [InlineData("*")]
    [InlineData("nebula*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(nebula night, 1)")]
    [InlineData("a OR")]
    [InlineData("nebula OR")]
    [InlineData("-x")]
    [InlineData("nebula -night")]
    [InlineData("title:nebula")]
    [InlineData("(nebula")]
    [InlineData("nebula)")]
    [InlineData("'; DROP TABLE \"Posts\"; --")]
    [InlineData("nebula & night | !x <-> y:*")]
    [InlineData("^nebula + {night}")]
    [InlineData("🔭 ✨")]
    [InlineData("星雲 Nébuleuse")]
    [InlineData("\u0000nebula\uE000\uE001")]
    public async Task Hostile_text_is_searched_as_plain_words_without_an_error(string text)
    {
        var result = await _api.RunAsync(_api.Cleo, Search, new { text });

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var search = result.GetProperty("data").GetProperty("search");
        Assert.Equal(Ids(search).Count, search.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Operators_are_words_so_the_words_typed_must_all_match()
    {
        Assert.Equal([Id("Event", _night.Id)], Ids(await Run(_api.Cleo, "nebula -roof")));
        Assert.Equal([Id("Event", _night.Id)], Ids(await Run(_api.Cleo, "\"nebula\" (roof)")));
        Assert.Empty(Ids(await Run(_api.Cleo, "nebula OR roof")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task Empty_text_is_refused_with_a_coded_error(string text) =>
        await AssertRefused(text, "type at least one word");

    [Fact]
    public async Task Text_longer_than_200_characters_is_refused_and_200_are_accepted()
    {
        await AssertRefused(new string('n', 201), "at most 200 characters");

        var result = await _api.RunAsync(_api.Cleo, Search, new { text = string.Join(' ', Enumerable.Repeat("nebula", 28)) + new string(' ', 4) });
        Assert.False(result.TryGetProperty("errors", out _));
        Assert.Equal(5, Ids(result.GetProperty("data").GetProperty("search")).Count);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        var whole = Ids(await Run(_api.Ada, "nebula", first: 50));
        Assert.Equal(9, whole.Count);

        var paged = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Run(_api.Ada, "nebula", first: 3, after: after);
            paged.AddRange(Ids(page));
            pages++;
            Assert.Equal(9, page.GetProperty("totalCount").GetInt32());
            var info = page.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(3, pages);
        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task More_than_50_per_page_and_forged_cursors_are_refused()
    {
        var tooMany = await _api.RunAsync(_api.Cleo, Search, new { text = "nebula", first = 51 });
        Assert.Equal("HC0051", tooMany.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var forged = await _api.RunAsync(_api.Cleo, Search, new { text = "nebula", after = "bm90IGEgY3Vyc29y" });
        Assert.Equal("CURSOR_INVALID", forged.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_page_costs_the_same_statements_whatever_its_size()
    {
        // Snippets and objects cost one statement per kind on the page, whatever the number of hits.
        _api.Statements.Reset();
        await Run(_api.Ada, "nebula", kinds: ["POST"], first: 1);
        var small = _api.Statements.Count;
        _api.Statements.Reset();
        await Run(_api.Ada, "nebula", kinds: ["POST"], first: 4);
        var large = _api.Statements.Count;

        Assert.Equal(small, large);
    }

    [Fact]
    public async Task Signed_out_callers_are_refused_whatever_the_text()
    {
        foreach (var text in new[] { "nebula", "" })
        {
            var result = await _api.RunAsync(null, Search, new { text });

            Assert.Equal(SchemaErrorCodes.NotAuthenticated, result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    private async Task AssertRefused(string text, string message)
    {
        var result = await _api.RunAsync(_api.Cleo, Search, new { text });

        var error = result.GetProperty("errors")[0];
        Assert.Equal(SchemaErrorCodes.SearchTextInvalid, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("search").ValueKind);
    }

    private async Task<JsonElement> Run(Member viewer, string text, string[]? kinds = null, int? first = null, string? after = null)
    {
        var result = await _api.RunAsync(viewer, Search, new { text, kinds, first = first ?? 50, after });
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("search");
    }

    private static IEnumerable<JsonElement> Hits(JsonElement search) =>
        search.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));

    private static List<string> Ids(JsonElement search) =>
        Hits(search).Select(h => h.GetProperty("node").GetProperty("id").GetString()!).ToList();

    private static string Id(string type, long key) => CommunityApi.Id(type, key);

    private Task<Post> Publish(Member author, long? groupId, string body, string? title = null) =>
        _api.Service<PostService, Post>(s => s.CreateAsync(author.Id, new NewPost(groupId, PostKind.Update, body, title)));
}
