using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Community.Api.Authentication;
using Community.Api.Realtime;
using Community.Api.Schema;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Tests.GraphQL;

/// <summary>
/// The community subscriptions as an integrator meets them: the reference Node clients (graphql-ws over
/// graphql-transport-ws, and graphql-sse) held open against the whole API on Kestrel, events caused by
/// mutations over HTTP and carried by the outbox and its dispatcher. Each subscription delivers; the
/// filters of postCreated hold; visibility is checked at delivery (leaving a private group, a disabled
/// member, a secret group's ids); and on shutdown every subscriber receives what was published, then
/// complete (and graphql-ws the close code 1001).
/// <para>
/// Where a test must show that nothing else was delivered, it stops the server once the dispatcher has
/// published every event (seen on the node's bus): shutdown drains each subscription's published events
/// and then completes it, so the reports up to complete are exactly what each subscriber received.
/// </para>
/// </summary>
public sealed class CommunitySubscriptionClientTests
{
    [Theory]
    [MemberData(nameof(NodeSubscriptionAgent.Clients), MemberType = typeof(NodeSubscriptionAgent))]
    public async Task Each_subscription_delivers_what_a_mutation_over_http_commits(string client)
    {
        using var server = ApiServer.With(_ => { });
        var community = await SmallCommunity.ArrangeAsync(server);
        var bobsPost = await community.PostAsync(community.Bob, community.Engineering, "Bob's question", PostKind.Question);
        var meetup = await community.EventAsync(community.Engineering, "Meetup");
        await using var agent = NodeSubscriptionAgent.Start(server.GraphQLEndpoint);

        var bob = community.Token(community.Bob);
        await agent.SubscribeAsync("post", client, bob, "subscription { postCreated { title group { name } author { handle } } }");
        await agent.SubscribeAsync("comment", client, bob, "subscription($p: ID!) { commentAdded(postId: $p) { body author { handle } } }", new { p = Id("Post", bobsPost) });
        await agent.SubscribeAsync("reactions", client, bob, "subscription($s: ID!) { reactionsChanged(subjectId: $s) { subjectId reactionCounts { kind count } } }", new { s = Id("Post", bobsPost) });
        await agent.SubscribeAsync("event", client, bob, "subscription($e: ID!) { eventUpdated(eventId: $e) { title registeredCount } }", new { e = Id("Event", meetup) });
        await agent.SubscribeAsync("inbox", client, bob, "subscription { notificationReceived { kind actor { handle } post { title } } }");
        await WaitForSubscribersAsync(server,
            CommunityTopics.PostCreated, CommunityTopics.CommentAdded(bobsPost), CommunityTopics.PostReactionsChanged(bobsPost),
            CommunityTopics.EventUpdated(meetup), CommunityTopics.NotificationReceived(community.Bob.Id));

        await community.MutateAsync(community.Ada, "createPost", "mutation($g: ID) { createPost(input: { groupId: $g, title: \"Release notes\", body: \"Out now\" }) { errors { __typename } } }", new { g = Id("Group", community.Engineering) });
        await community.MutateAsync(community.Cleo, "addComment", "mutation($p: ID!) { addComment(input: { postId: $p, body: \"Try a restart\" }) { errors { __typename } } }", new { p = Id("Post", bobsPost) });
        await community.MutateAsync(community.Cleo, "reactToPost", "mutation($p: ID!) { reactToPost(input: { postId: $p, kind: INSIGHTFUL }) { errors { __typename } } }", new { p = Id("Post", bobsPost) });
        await community.MutateAsync(community.Cleo, "registerForEvent", "mutation($e: ID!) { registerForEvent(input: { eventId: $e }) { errors { __typename } } }", new { e = Id("Event", meetup) });

        Assert.Equal("""{"postCreated":{"title":"Release notes","group":{"name":"Engineering"},"author":{"handle":"ada"}}}""", (await agent.NextDataAsync("post")).GetRawText());
        Assert.Equal("""{"commentAdded":{"body":"Try a restart","author":{"handle":"cleo"}}}""", (await agent.NextDataAsync("comment")).GetRawText());
        Assert.Equal($$$"""{"reactionsChanged":{"subjectId":"{{{Id("Post", bobsPost)}}}","reactionCounts":[{"kind":"INSIGHTFUL","count":1}]}}""", (await agent.NextDataAsync("reactions")).GetRawText());
        Assert.Equal("""{"eventUpdated":{"title":"Meetup","registeredCount":1}}""", (await agent.NextDataAsync("event")).GetRawText());
        Assert.Equal("""{"notificationReceived":{"kind":"COMMENTED","actor":{"handle":"cleo"},"post":{"title":"Bob's question"}}}""", (await agent.NextDataAsync("inbox")).GetRawText());
    }

    [Fact]
    public async Task PostCreated_delivers_only_the_posts_that_meet_every_criterion_of_where()
    {
        using var server = ApiServer.With(_ => { });
        var community = await SmallCommunity.ArrangeAsync(server);
        await using var agent = NodeSubscriptionAgent.Start(server.GraphQLEndpoint);
        var bob = community.Token(community.Bob);
        var engineering = Id("Group", community.Engineering);
        const string Query = "subscription($w: PostCreatedFilterInput) { postCreated(where: $w) { title } }";
        await agent.SubscribeAsync("group", "ws", bob, Query, new { w = new { groupIds = new[] { engineering } } });
        await agent.SubscribeAsync("kind", "ws", bob, Query, new { w = new { kinds = new[] { "QUESTION" } } });
        await agent.SubscribeAsync("topic", "ws", bob, Query, new { w = new { topics = new[] { "#Release" } } });
        await agent.SubscribeAsync("guest", "sse", bob, Query, new { w = new { authorKind = "GUEST" } });
        await agent.SubscribeAsync("all", "sse", bob, Query, new { w = new { groupIds = new[] { engineering }, kinds = new[] { "UPDATE" }, topics = new[] { "release" }, authorKind = "EMPLOYEE" } });
        await agent.SubscribeAsync("every", "ws", bob, Query, new { w = new { } });
        await using var published = await PublishedPosts.ObserveAsync(server, subscribers: 6);

        var posts = new[]
        {
            await community.CreatePostAsync(community.Ada, null, "company update", "UPDATE", "ops"),
            await community.CreatePostAsync(community.Ada, engineering, "eng question", "QUESTION"),
            await community.CreatePostAsync(community.Gus, engineering, "guest release", "UPDATE", "release"),
            await community.CreatePostAsync(community.Ada, engineering, "eng release", "UPDATE", "Release"),
            await community.CreatePostAsync(community.Gus, engineering, "guest question", "QUESTION", "release"),
        };
        await published.WaitForAsync(posts);
        await StopAsync(server);

        Assert.Equal(["eng question", "guest release", "eng release", "guest question"], await TitlesAsync(agent, "group"));
        Assert.Equal(["eng question", "guest question"], await TitlesAsync(agent, "kind"));
        Assert.Equal(["guest release", "eng release", "guest question"], await TitlesAsync(agent, "topic"));
        Assert.Equal(["guest release", "guest question"], await TitlesAsync(agent, "guest"));
        Assert.Equal(["eng release"], await TitlesAsync(agent, "all"));
        Assert.Equal(["company update", "eng question", "guest release", "eng release", "guest question"], await TitlesAsync(agent, "every"));
    }

    [Theory]
    [MemberData(nameof(NodeSubscriptionAgent.Clients), MemberType = typeof(NodeSubscriptionAgent))]
    public async Task A_member_who_leaves_a_private_group_stops_receiving_its_posts_at_once(string client)
    {
        using var server = ApiServer.With(_ => { });
        var community = await SmallCommunity.ArrangeAsync(server);
        await using var agent = NodeSubscriptionAgent.Start(server.GraphQLEndpoint);
        var leadership = Id("Group", community.Leadership);
        await agent.SubscribeAsync("feed", client, community.Token(community.Bob), "subscription { postCreated { title } }");
        await agent.SubscribeAsync("group", client, community.Token(community.Bob), "subscription($g: ID!) { postCreated(where: { groupIds: [$g] }) { title } }", new { g = leadership });
        await using var published = await PublishedPosts.ObserveAsync(server, subscribers: 2);

        var before = await community.CreatePostAsync(community.Ada, leadership, "before", "UPDATE");
        Assert.Equal("before", (await agent.NextDataAsync("group")).GetProperty("postCreated").GetProperty("title").GetString());
        await community.MutateAsync(community.Bob, "leaveGroup", "mutation($g: ID!) { leaveGroup(input: { groupId: $g }) { errors { __typename } } }", new { g = leadership });
        var after = await community.CreatePostAsync(community.Ada, leadership, "after", "UPDATE");
        var companyWide = await community.CreatePostAsync(community.Ada, null, "company-wide", "ANNOUNCEMENT");
        await published.WaitForAsync([before, after, companyWide]);
        await StopAsync(server);

        Assert.Equal(["before", "company-wide"], await TitlesAsync(agent, "feed"));
        Assert.Empty(await TitlesAsync(agent, "group"));
    }

    [Theory]
    [MemberData(nameof(NodeSubscriptionAgent.Clients), MemberType = typeof(NodeSubscriptionAgent))]
    public async Task A_disabled_members_subscriptions_end_at_the_next_event_without_it(string client)
    {
        using var server = ApiServer.With(_ => { });
        var community = await SmallCommunity.ArrangeAsync(server);
        var bobsPost = await community.PostAsync(community.Bob, community.Engineering, "Bob's post", PostKind.Update);
        await using var agent = NodeSubscriptionAgent.Start(server.GraphQLEndpoint);
        await agent.SubscribeAsync("posts", client, community.Token(community.Bob), "subscription { postCreated(where: {}) { title } }");
        await agent.SubscribeAsync("comments", client, community.Token(community.Bob), "subscription($p: ID!) { commentAdded(postId: $p) { body } }", new { p = Id("Post", bobsPost) });
        await WaitForSubscribersAsync(server, CommunityTopics.PostCreated, CommunityTopics.CommentAdded(bobsPost));

        await community.MutateAsync(community.Ada, "disableMember", "mutation($m: ID!) { disableMember(input: { memberId: $m }) { errors { __typename } } }", new { m = Id("Member", community.Bob.Id) });
        await community.CreatePostAsync(community.Ada, Id("Group", community.Engineering), "after Bob left", "UPDATE");
        await community.MutateAsync(community.Cleo, "addComment", "mutation($p: ID!) { addComment(input: { postId: $p, body: \"Still there?\" }) { errors { __typename } } }", new { p = Id("Post", bobsPost) });

        Assert.Equal("complete", (await agent.NextReportAsync("posts")).GetProperty("event").GetString());
        Assert.Equal("complete", (await agent.NextReportAsync("comments")).GetProperty("event").GetString());
        await WaitForSubscribersAsync(server, (CommunityTopics.PostCreated, 0), (CommunityTopics.CommentAdded(bobsPost), 0));
    }

    [Theory]
    [MemberData(nameof(NodeSubscriptionAgent.Clients), MemberType = typeof(NodeSubscriptionAgent))]
    public async Task The_ids_of_a_secret_group_and_its_content_reveal_nothing_that_unknown_ids_do_not(string client)
    {
        using var server = ApiServer.With(_ => { });
        var community = await SmallCommunity.ArrangeAsync(server);
        var secretPost = await community.PostAsync(community.Ada, community.Vault, "Hidden", PostKind.Update);
        var secretEvent = await community.EventAsync(community.Vault, "Hidden meeting");
        await using var agent = NodeSubscriptionAgent.Start(server.GraphQLEndpoint);
        var cleo = community.Token(community.Cleo);
        var engineering = Id("Group", community.Engineering);
        const string Posts = "subscription($g: [ID!]) { postCreated(where: { groupIds: $g }) { title } }";
        await agent.SubscribeAsync("secret-group", client, cleo, Posts, new { g = new[] { Id("Group", community.Vault), engineering } });
        await agent.SubscribeAsync("unknown-group", client, cleo, Posts, new { g = new[] { Id("Group", community.Vault + 1000), engineering } });
        var refusals = new (string Field, string Argument, string Type, long Secret)[]
        {
            ("commentAdded", "postId", "Post", secretPost), ("reactionsChanged", "subjectId", "Post", secretPost), ("eventUpdated", "eventId", "Event", secretEvent),
        };
        foreach (var (field, argument, type, secret) in refusals)
        {
            var query = $"subscription($id: ID!) {{ {field}({argument}: $id) {{ __typename }} }}";
            await agent.SubscribeAsync($"secret-{field}", client, cleo, query, new { id = Id(type, secret) });
            await agent.SubscribeAsync($"unknown-{field}", client, cleo, query, new { id = Id(type, secret + 1000) });
        }

        await using var published = await PublishedPosts.ObserveAsync(server, subscribers: 2);
        var hidden = await community.CreatePostAsync(community.Ada, Id("Group", community.Vault), "in the vault", "UPDATE");
        var visible = await community.CreatePostAsync(community.Ada, engineering, "in engineering", "UPDATE");
        await published.WaitForAsync([hidden, visible]);
        await StopAsync(server);

        Assert.Equal(["in engineering"], await TitlesAsync(agent, "secret-group"));
        Assert.Equal(["in engineering"], await TitlesAsync(agent, "unknown-group"));
        foreach (var (field, _, type, secret) in refusals)
        {
            var secretAnswer = Refusal(await agent.ReportsUntilEndAsync($"secret-{field}"));
            var unknownAnswer = Refusal(await agent.ReportsUntilEndAsync($"unknown-{field}"));
            Assert.Contains("NOT_FOUND", secretAnswer, StringComparison.Ordinal);
            Assert.Equal(unknownAnswer.Replace(Id(type, secret + 1000), "?", StringComparison.Ordinal), secretAnswer.Replace(Id(type, secret), "?", StringComparison.Ordinal));
            Assert.DoesNotContain("Vault", secretAnswer, StringComparison.Ordinal);
            Assert.DoesNotContain("Hidden", secretAnswer, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(NodeSubscriptionAgent.Clients), MemberType = typeof(NodeSubscriptionAgent))]
    public async Task On_shutdown_a_subscriber_receives_every_published_event_then_complete(string client)
    {
        using var server = ApiServer.With(_ => { });
        var community = await SmallCommunity.ArrangeAsync(server);
        await using var agent = NodeSubscriptionAgent.Start(server.GraphQLEndpoint);
        await agent.SubscribeAsync("feed", client, community.Token(community.Bob), "subscription { postCreated { title } }");
        await using var published = await PublishedPosts.ObserveAsync(server, subscribers: 1);
        var engineering = Id("Group", community.Engineering);
        var posts = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            posts.Add(await community.CreatePostAsync(community.Ada, engineering, $"post {i}", "UPDATE"));
        }

        await published.WaitForAsync(posts);
        await StopAsync(server);

        var reports = await agent.ReportsUntilEndAsync("feed");
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"post {i}"), reports.SkipLast(1).Select(Title));
        Assert.Equal("complete", reports[^1].GetProperty("event").GetString());
        if (client == "ws")
        {
            var closed = await agent.NextReportAsync("feed");
            Assert.Equal(("closed", 1001), (closed.GetProperty("event").GetString(), closed.GetProperty("code").GetInt32()));
        }
    }

    private static string Id(string type, long key) => GlobalId.Encode(type, key);

    private static string? Title(JsonElement report) =>
        report.GetProperty("event").GetString() == "next" ? report.GetProperty("payload").GetProperty("data").GetProperty("postCreated").GetProperty("title").GetString() : report.GetRawText();

    /// <summary>The titles a postCreated subscription received before it completed.</summary>
    private static async Task<List<string?>> TitlesAsync(NodeSubscriptionAgent agent, string id)
    {
        var reports = await agent.ReportsUntilEndAsync(id);
        Assert.Equal("complete", reports[^1].GetProperty("event").GetString());
        return reports.SkipLast(1).Select(Title).ToList();
    }

    /// <summary>A subscription refused when it starts: one result with errors and no data, then complete; the errors as JSON.</summary>
    private static string Refusal(List<JsonElement> reports)
    {
        Assert.Equal(["next", "complete"], reports.Select(r => r.GetProperty("event").GetString()));
        var payload = reports[0].GetProperty("payload");
        Assert.False(payload.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        return payload.GetProperty("errors").GetRawText();
    }

    /// <summary>Stops the host as a shutdown signal would: the bus drains, subscriptions complete, sockets close.</summary>
    private static Task StopAsync(ApiServer server) => Task.Run(server.Dispose);

    private static Task WaitForSubscribersAsync(ApiServer server, params string[] topics) =>
        WaitForSubscribersAsync(server, topics.Select(t => (t, 1)).ToArray());

    /// <summary>
    /// Waits until each topic has the given number of subscribers on the node's bus: the protocols do not
    /// answer a subscribe, so this is how the test knows the subscription listens.
    /// </summary>
    private static async Task WaitForSubscribersAsync(ApiServer server, params (string Topic, int Count)[] topics)
    {
        var bus = server.Services.GetRequiredService<InMemoryEventBus>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!topics.All(t => bus.SubscriberCount(t.Topic) == t.Count))
        {
            Assert.True(DateTime.UtcNow < deadline, "The subscriptions did not attach: " + string.Join(", ", topics.Select(t => $"{t.Topic}={bus.SubscriberCount(t.Topic)}")));
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Watches the node's bus for postCreated as the dispatcher publishes it: once a post id is seen here,
    /// it is in every postCreated subscriber's buffer too.
    /// </summary>
    private sealed class PublishedPosts : IAsyncDisposable
    {
        private readonly IEventStream<long> _stream;
        private readonly IAsyncEnumerator<long> _reader;

        private PublishedPosts(IEventStream<long> stream)
        {
            _stream = stream;
            _reader = stream.GetAsyncEnumerator();
        }

        /// <summary>Waits for <paramref name="subscribers"/> postCreated subscriptions, then joins them.</summary>
        public static async Task<PublishedPosts> ObserveAsync(ApiServer server, int subscribers)
        {
            await WaitForSubscribersAsync(server, (CommunityTopics.PostCreated, subscribers));
            var bus = server.Services.GetRequiredService<InMemoryEventBus>();
            return new PublishedPosts(await bus.SubscribeAsync<long>(CommunityTopics.PostCreated));
        }

        public async Task WaitForAsync(IEnumerable<long> postIds)
        {
            var waiting = postIds.ToHashSet();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (waiting.Count > 0)
            {
                Assert.True(await _reader.MoveNextAsync().AsTask().WaitAsync(timeout.Token), "The bus completed before every post was published.");
                waiting.Remove(_reader.Current);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _reader.DisposeAsync();
            await _stream.DisposeAsync();
        }
    }

    /// <summary>
    /// Ada (admin, owner of every group), Bob and Cleo (employees), Gus (a guest); Engineering (public:
    /// Bob, Cleo, Gus), Leadership (private: Bob), Vault (secret: nobody but Ada). Arranged through the
    /// domain; the events under test are caused over HTTP.
    /// </summary>
    private sealed class SmallCommunity
    {
        private readonly ApiServer _server;

        private SmallCommunity(ApiServer server) => _server = server;

        public Member Ada { get; private set; } = null!;

        public Member Bob { get; private set; } = null!;

        public Member Cleo { get; private set; } = null!;

        public Member Gus { get; private set; } = null!;

        public long Engineering { get; private set; }

        public long Leadership { get; private set; }

        public long Vault { get; private set; }

        public static async Task<SmallCommunity> ArrangeAsync(ApiServer server)
        {
            var community = new SmallCommunity(server);
            await using var scope = server.Services.CreateAsyncScope();
            var members = scope.ServiceProvider.GetRequiredService<MemberService>();
            var groups = scope.ServiceProvider.GetRequiredService<GroupService>();
            community.Ada = await members.RegisterAsync("corp|ada", "ada", "ada@example.com", "Ada", MemberKind.Employee, MemberRole.Admin);
            community.Bob = await members.RegisterAsync("corp|bob", "bob", "bob@example.com", "Bob", MemberKind.Employee);
            community.Cleo = await members.RegisterAsync("corp|cleo", "cleo", "cleo@example.com", "Cleo", MemberKind.Employee);
            community.Gus = await members.RegisterAsync("corp|gus", "gus", "gus@example.com", "Gus", MemberKind.Guest);
            community.Engineering = (await groups.CreateAsync(community.Ada.Id, "Engineering", "Builds things", GroupVisibility.Public)).Id;
            community.Leadership = (await groups.CreateAsync(community.Ada.Id, "Leadership", "Decides things", GroupVisibility.Private)).Id;
            community.Vault = (await groups.CreateAsync(community.Ada.Id, "Vault", "Keeps things", GroupVisibility.Secret)).Id;
            foreach (var member in new[] { community.Bob, community.Cleo, community.Gus })
            {
                await groups.AddMemberAsync(community.Ada.Id, community.Engineering, member.Id);
            }

            await groups.AddMemberAsync(community.Ada.Id, community.Leadership, community.Bob.Id);
            return community;
        }

        public string Token(Member member) => _server.Token(new DevelopmentTokenRequest(
            member.ExternalId, member.Email, member.DisplayName, TimeSpan.FromHours(1), member.Role == MemberRole.Admin ? "admin" : null, member.Kind == MemberKind.Guest));

        /// <summary>A post arranged through the domain (its PostCreated is committed before any test subscribes).</summary>
        public async Task<long> PostAsync(Member author, long groupId, string title, PostKind kind)
        {
            await using var scope = _server.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<PostService>().CreateAsync(author.Id, new NewPost(groupId, kind, "Body", title))).Id;
        }

        public async Task<long> EventAsync(long groupId, string title)
        {
            await using var scope = _server.Services.CreateAsyncScope();
            var starts = DateTime.UtcNow.AddDays(7);
            return (await scope.ServiceProvider.GetRequiredService<EventService>().CreateAsync(Ada.Id, new NewEvent(groupId, title, starts, starts.AddHours(1)))).Id;
        }

        /// <summary>createPost over HTTP as <paramref name="author"/>; returns the new post's key.</summary>
        public async Task<long> CreatePostAsync(Member author, string? groupId, string title, string kind, params string[] topics)
        {
            var data = await MutateAsync(author, "createPost",
                "mutation($g: ID, $t: String, $k: PostKind!, $topics: [String!]) { createPost(input: { groupId: $g, title: $t, body: \"Body\", kind: $k, topics: $topics }) { post { id } errors { __typename } } }",
                new { g = groupId, t = title, k = kind, topics });
            return GlobalId.Decode(data.GetProperty("post").GetProperty("id").GetString()!, "Post");
        }

        /// <summary>Runs a mutation over HTTP as <paramref name="actor"/> and returns its payload, which must have no errors.</summary>
        public async Task<JsonElement> MutateAsync(Member actor, string field, string mutation, object variables)
        {
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(actor));
            using var response = await client.PostAsJsonAsync(_server.GraphQLEndpoint, new { query = mutation, variables });
            var body = await response.Content.ReadAsStringAsync();
            var root = JsonDocument.Parse(body).RootElement;
            Assert.True(!root.TryGetProperty("errors", out _) && root.GetProperty("data").GetProperty(field).GetProperty("errors").ValueKind == JsonValueKind.Null, $"{field} failed: {body}");
            return root.GetProperty("data").GetProperty(field).Clone();
        }
    }
}
