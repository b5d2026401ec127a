using System.Text.Json;
using Community.Api.Schema;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>Events through the API's reading side: who sees which events, lists and their order, counts, and who sees registrations.</summary>
public sealed class EventSchemaTests : IAsyncLifetime
{
    private CommunityApi _api = null!;
    private Event _companyEvent = null!;
    private Event _engineeringEvent = null!;
    private Event _leadershipEvent = null!;
    private Event _secretEvent = null!;

    public async Task InitializeAsync()
    {
        _api = await CommunityApi.CreateAsync();
        var soon = DateTime.UtcNow.Date.AddDays(7).AddHours(9);
        _engineeringEvent = await CreateAsync(_api.Bob, _api.Engineering.Id, "Build clinic", soon.AddDays(1), capacity: 5);
        _companyEvent = await CreateAsync(_api.Ada, null, "All hands", soon);
        _leadershipEvent = await CreateAsync(_api.Ada, _api.Leadership.Id, "Offsite", soon.AddDays(2));
        _secretEvent = await CreateAsync(_api.Ada, _api.ProjectX.Id, "Launch rehearsal", soon.AddDays(3), capacity: 3);
        await _api.Service<EventService, EventRegistration>(s => s.RegisterAsync(_api.Ada.Id, _secretEvent.Id));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private Task<Event> CreateAsync(Member organizer, long? groupId, string title, DateTime startsAt, int? capacity = null, bool waitlist = true) =>
        _api.Service<EventService, Event>(s => s.CreateAsync(organizer.Id,
            new NewEvent(groupId, title, startsAt, startsAt.AddHours(2), "Europe/Paris", EventFormat.Hybrid, capacity, waitlist,
                "Bring **questions**", "Room 4", "https://meet.example.com/x")));

    private static string EventId(Event e) => CommunityApi.Id("Event", e.Id);

    [Fact]
    public async Task An_event_shows_its_details_group_organizer_and_counts()
    {
        var response = await _api.RunAsync(_api.Gus, """
            query($id: ID!) { node(id: $id) { ... on Event {
              id title description descriptionHtml startsAt endsAt timeZone format location onlineUrl capacity waitlistEnabled
              registeredCount waitlistCount seatsLeft isCancelled cancelledAt group { name } organizer { handle } viewerRegistration { status }
            } } }
            """, new { id = EventId(_engineeringEvent) });

        var e = CommunitySchemaTests.Data(response).GetProperty("node");
        Assert.Equal(EventId(_engineeringEvent), e.GetProperty("id").GetString());
        Assert.Equal("Build clinic", e.GetProperty("title").GetString());
        Assert.Contains("<strong>questions</strong>", e.GetProperty("descriptionHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal("Europe/Paris", e.GetProperty("timeZone").GetString());
        Assert.Equal("HYBRID", e.GetProperty("format").GetString());
        Assert.Equal("Room 4", e.GetProperty("location").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("onlineUrl").ValueKind);
        Assert.Equal((5, 0, 0, 5), (e.GetProperty("capacity").GetInt32(), e.GetProperty("registeredCount").GetInt32(),
            e.GetProperty("waitlistCount").GetInt32(), e.GetProperty("seatsLeft").GetInt32()));
        Assert.False(e.GetProperty("isCancelled").GetBoolean());
        Assert.Equal("Engineering", e.GetProperty("group").GetProperty("name").GetString());
        Assert.Equal("bob", e.GetProperty("organizer").GetProperty("handle").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("viewerRegistration").ValueKind);
        Assert.Equal(DateTimeOffset.Parse(e.GetProperty("startsAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, _engineeringEvent.StartsAt);
    }

    [Fact]
    public async Task The_link_to_join_online_is_for_seat_holders_the_organizer_and_admins()
    {
        var full = await CreateAsync(_api.Bob, _api.Engineering.Id, "Tiny room", DateTime.UtcNow.Date.AddDays(9), capacity: 1);
        await _api.Service<EventService, EventRegistration>(s => s.RegisterAsync(_api.Cleo.Id, full.Id));
        await _api.Service<EventService, EventRegistration>(s => s.RegisterAsync(_api.Gus.Id, full.Id));
        const string Query = "query($id: ID!) { node(id: $id) { ... on Event { onlineUrl viewerRegistration { status } } } }";

        async Task<string?> LinkFor(Member viewer)
        {
            var e = CommunitySchemaTests.Data(await _api.RunAsync(viewer, Query, new { id = EventId(full) })).GetProperty("node");
            return e.GetProperty("onlineUrl").GetString();
        }

        Assert.Equal("https://meet.example.com/x", await LinkFor(_api.Cleo)); // holds the seat
        Assert.Null(await LinkFor(_api.Gus)); // waitlisted
        Assert.Equal("https://meet.example.com/x", await LinkFor(_api.Bob)); // organizer
        Assert.Equal("https://meet.example.com/x", await LinkFor(_api.Ada)); // admin and the group's owner

        // The same rule holds in a list, whose page loads the column with the rest of the event.
        var listed = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "{ events(first: 50, where: { title: { eq: \"Tiny room\" } }) { nodes { onlineUrl } } }"))
            .GetProperty("events").GetProperty("nodes");
        Assert.Equal("https://meet.example.com/x", listed[0].GetProperty("onlineUrl").GetString());
    }

    [Theory]
    [InlineData("cleo", new[] { "All hands", "Build clinic" })]
    [InlineData("gus", new[] { "Build clinic" })]
    [InlineData("bob", new[] { "All hands", "Build clinic" })]
    [InlineData("ada", new[] { "All hands", "Build clinic", "Offsite", "Launch rehearsal" })]
    public async Task Events_lists_what_each_member_may_see_soonest_first(string who, string[] titles)
    {
        var viewer = who switch { "cleo" => _api.Cleo, "gus" => _api.Gus, "bob" => _api.Bob, _ => _api.Ada };

        var response = await _api.RunAsync(viewer, "{ events(first: 50) { totalCount nodes { title } } }");

        var events = CommunitySchemaTests.Data(response).GetProperty("events");
        Assert.Equal(titles, events.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()!).ToArray());
        Assert.Equal(titles.Length, events.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_event_of_a_secret_group_cannot_be_reached_by_a_non_member()
    {
        var secretId = EventId(_secretEvent);
        var byNode = await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }", new { id = secretId });
        var byGroup = await _api.RunAsync(_api.Cleo, "query($g: ID!) { events(where: { groupId: { eq: $g } }) { totalCount nodes { id } } }",
            new { g = CommunityApi.Id("Group", _api.ProjectX.Id) });
        var byTitle = await _api.RunAsync(_api.Cleo, "{ events(where: { title: { contains: \"rehearsal\" } }) { totalCount } }");
        var mine = await _api.RunAsync(_api.Cleo, "{ myEvents { totalCount } }");
        var register = await _api.RunAsync(_api.Cleo, "mutation($id: ID!) { registerForEvent(input: { eventId: $id }) { registration { status } errors { __typename ... on Error { message } } } }",
            new { id = secretId });

        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(byNode).GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(byNode).GetProperty("nodes")[0].ValueKind);
        Assert.Equal(0, CommunitySchemaTests.Data(byGroup).GetProperty("events").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, CommunitySchemaTests.Data(byTitle).GetProperty("events").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, CommunitySchemaTests.Data(mine).GetProperty("myEvents").GetProperty("totalCount").GetInt32());
        var error = CommunitySchemaTests.Data(register).GetProperty("registerForEvent").GetProperty("errors")[0];
        Assert.Equal("EventNotFoundError", error.GetProperty("__typename").GetString());
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("rehearsal", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await _api.CountAsync(db => db.EventRegistrations));
    }

    [Theory]
    [InlineData("mutation($id: ID!) { cancelEvent(input: { eventId: $id }) { errors { __typename ... on Error { message } } } }", "cancelEvent")]
    [InlineData("mutation($id: ID!) { checkIn(input: { eventId: $id }) { errors { __typename ... on Error { message } } } }", "checkIn")]
    [InlineData("mutation($id: ID!) { editEvent(input: { eventId: $id, title: \"Ours\" }) { errors { __typename ... on Error { message } } } }", "editEvent")]
    public async Task Mutations_on_a_secret_groups_event_answer_not_found_to_a_non_member(string mutation, string field)
    {
        var response = await _api.RunAsync(_api.Cleo, mutation, new { id = EventId(_secretEvent) });

        var error = CommunitySchemaTests.Data(response).GetProperty(field).GetProperty("errors")[0];
        Assert.Equal("EventNotFoundError", error.GetProperty("__typename").GetString());
        Assert.DoesNotContain("rehearsal", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var asAda = await _api.RunAsync(_api.Ada, "query($id: ID!) { node(id: $id) { ... on Event { title isCancelled } } }", new { id = EventId(_secretEvent) });
        Assert.Equal("Launch rehearsal", CommunitySchemaTests.Data(asAda).GetProperty("node").GetProperty("title").GetString());
        Assert.False(CommunitySchemaTests.Data(asAda).GetProperty("node").GetProperty("isCancelled").GetBoolean());
    }

    [Fact]
    public async Task A_private_groups_event_is_hidden_from_employees_outside_it_but_its_members_see_it()
    {
        var asCleo = await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { id } }", new { id = EventId(_leadershipEvent) });
        var asAda = await _api.RunAsync(_api.Ada, "query($id: ID!) { node(id: $id) { ... on Event { title } } }", new { id = EventId(_leadershipEvent) });

        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(asCleo).GetProperty("node").ValueKind);
        Assert.Equal("Offsite", CommunitySchemaTests.Data(asAda).GetProperty("node").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Upcoming_leaves_out_ended_and_cancelled_events_and_filters_narrow_by_group_and_time()
    {
        var past = DateTime.UtcNow.AddDays(-3);
        await CreateAsync(_api.Bob, _api.Engineering.Id, "Last retro", past);
        var cancelled = await CreateAsync(_api.Bob, _api.Engineering.Id, "Called off", DateTime.UtcNow.AddDays(1));
        await _api.Service<EventService, bool>(async s => { await s.CancelEventAsync(_api.Bob.Id, cancelled.Id); return true; });

        var all = await _api.RunAsync(_api.Cleo, "{ events(first: 50) { nodes { title isCancelled } } }");
        var upcoming = await _api.RunAsync(_api.Cleo, "{ events(upcoming: true, first: 50) { nodes { title } } }");
        var engineeringNextWeek = await _api.RunAsync(_api.Cleo, """
            query($g: ID!, $from: DateTime!, $to: DateTime!) {
              events(where: { groupId: { eq: $g }, startsAt: { gte: $from, lt: $to }, isCancelled: { eq: false } }) { nodes { title } }
            }
            """, new { g = CommunityApi.Id("Group", _api.Engineering.Id), from = DateTime.UtcNow, to = DateTime.UtcNow.AddDays(30) });

        Assert.Equal(["Last retro", "Called off", "All hands", "Build clinic"], Titles(CommunitySchemaTests.Data(all).GetProperty("events")));
        Assert.True(CommunitySchemaTests.Data(all).GetProperty("events").GetProperty("nodes")[1].GetProperty("isCancelled").GetBoolean());
        Assert.Equal(["All hands", "Build clinic"], Titles(CommunitySchemaTests.Data(upcoming).GetProperty("events")));
        Assert.Equal(["Build clinic"], Titles(CommunitySchemaTests.Data(engineeringNextWeek).GetProperty("events")));
    }

    [Fact]
    public async Task Registrations_are_listed_for_the_organizer_and_admins_and_refused_to_everyone_else()
    {
        await _api.Service<EventService, EventRegistration>(s => s.RegisterAsync(_api.Cleo.Id, _engineeringEvent.Id));
        await _api.Service<EventService, EventRegistration>(s => s.RegisterAsync(_api.Gus.Id, _engineeringEvent.Id));
        const string Query = "query($id: ID!) { node(id: $id) { ... on Event { title registeredCount registrations { totalCount nodes { status member { handle } event { title } } } } } }";

        foreach (var allowed in new[] { _api.Bob, _api.Ada })
        {
            var response = await _api.RunAsync(allowed, Query, new { id = EventId(_engineeringEvent) });
            var registrations = CommunitySchemaTests.Data(response).GetProperty("node").GetProperty("registrations");
            Assert.Equal(2, registrations.GetProperty("totalCount").GetInt32());
            Assert.Equal(["cleo", "gus"], registrations.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("member").GetProperty("handle").GetString()).ToArray());
            Assert.All(registrations.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("Build clinic", n.GetProperty("event").GetProperty("title").GetString()));
        }

        var listed = await _api.RunAsync(_api.Bob, "{ events(where: { title: { eq: \"Build clinic\" } }) { nodes { registrations { totalCount nodes { status waitlistPosition } } } } }");
        var listedRegistrations = CommunitySchemaTests.Data(listed).GetProperty("events").GetProperty("nodes")[0].GetProperty("registrations");
        Assert.Equal(2, listedRegistrations.GetProperty("totalCount").GetInt32());
        Assert.All(listedRegistrations.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("REGISTERED", n.GetProperty("status").GetString()));

        foreach (var refused in new[] { _api.Cleo, _api.Gus })
        {
            var response = await _api.RunAsync(refused, Query, new { id = EventId(_engineeringEvent) });
            Assert.Equal(SchemaErrorCodes.NotAuthorized, CommunitySchemaTests.Code(response));
            Assert.Equal(["node", "registrations"], response.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()).ToArray());
            var node = response.GetProperty("data").GetProperty("node");
            Assert.Equal(JsonValueKind.Null, node.GetProperty("registrations").ValueKind);
            Assert.Equal(2, node.GetProperty("registeredCount").GetInt32());
        }
    }

    [Fact]
    public async Task The_owner_of_the_events_group_sees_registrations_of_an_event_another_member_organizes()
    {
        var guild = await _api.Service<GroupService, Group>(s => s.CreateAsync(_api.Bob.Id, "Guild", "Crafts", GroupVisibility.Public));
        await _api.Service<GroupService, GroupMembership>(s => s.JoinAsync(_api.Cleo.Id, guild.Id));
        var workshop = await CreateAsync(_api.Cleo, guild.Id, "Workshop", DateTime.UtcNow.AddDays(3));
        await _api.Service<EventService, EventRegistration>(s => s.RegisterAsync(_api.Ada.Id, workshop.Id));

        var asOwner = await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { ... on Event { organizer { handle } registrations { nodes { member { handle } } } } } }",
            new { id = EventId(workshop) });

        var node = CommunitySchemaTests.Data(asOwner).GetProperty("node");
        Assert.Equal("cleo", node.GetProperty("organizer").GetProperty("handle").GetString());
        Assert.Equal("ada", node.GetProperty("registrations").GetProperty("nodes")[0].GetProperty("member").GetProperty("handle").GetString());
    }

    [Fact]
    public async Task A_page_of_forty_events_with_their_figures_costs_the_statements_a_page_of_ten_costs()
    {
        for (var i = 0; i < 40; i++)
        {
            var e = await CreateAsync(_api.Bob, _api.Engineering.Id, $"Session {i}", DateTime.UtcNow.AddDays(20 + i), capacity: 1);
            await _api.Service<EventService, EventRegistration>(s => s.RegisterAsync(_api.Gus.Id, e.Id));
            await _api.Service<EventService, EventRegistration>(s => s.RegisterAsync(_api.Cleo.Id, e.Id));
        }

        const string Page = """
            query($n: Int!) { events(first: $n, where: { title: { startsWith: "Session" } }) { nodes {
              id title seatsLeft isCancelled registeredCount waitlistCount group { name } organizer { handle } viewerRegistration { status waitlistPosition checkedInAt }
            } } }
            """;
        _api.Statements.Reset();
        var small = await _api.RunAsync(_api.Cleo, Page, new { n = 10 });
        var smallCount = _api.Statements.Count;
        _api.Statements.Reset();
        var large = await _api.RunAsync(_api.Cleo, Page, new { n = 40 });
        var largeCount = _api.Statements.Count;

        var nodes = CommunitySchemaTests.Data(large).GetProperty("events").GetProperty("nodes");
        Assert.Equal(10, CommunitySchemaTests.Ids(CommunitySchemaTests.Data(small).GetProperty("events")).Count);
        Assert.Equal(40, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n =>
        {
            Assert.Equal("WAITLISTED", n.GetProperty("viewerRegistration").GetProperty("status").GetString());
            Assert.Equal(1, n.GetProperty("viewerRegistration").GetProperty("waitlistPosition").GetInt32());
            Assert.Equal((0, 1), (n.GetProperty("seatsLeft").GetInt32(), n.GetProperty("waitlistCount").GetInt32()));
        });
        Assert.Equal(smallCount, largeCount);
        Assert.InRange(largeCount, 2, 8);
    }

    private static string[] Titles(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()!).ToArray();
}
