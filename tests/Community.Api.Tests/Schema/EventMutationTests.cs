using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>The mutations on events through the API: seats, the waitlist, check-ins, edits, and refusals that change nothing.</summary>
public sealed class EventMutationTests : IAsyncLifetime
{
    private const string CreateEvent = """
        mutation($input: CreateEventInput!) {
          createEvent(input: $input) {
            event { id title format capacity timeZone group { name } organizer { handle } registeredCount }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private const string Register = """
        mutation($id: ID!) {
          registerForEvent(input: { eventId: $id }) {
            registration { status waitlistPosition member { handle } event { registeredCount waitlistCount } }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private const string CancelRegistration = """
        mutation($id: ID!) {
          cancelRegistration(input: { eventId: $id }) {
            event { registeredCount waitlistCount viewerRegistration { status } }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private const string ViewerRegistration = "query($id: ID!) { node(id: $id) { ... on Event { viewerRegistration { status waitlistPosition checkedInAt } } } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static object Input(string? groupId, string title = "Clinic", int? capacity = null, bool waitlistEnabled = true, int startsInDays = 3) => new
    {
        groupId,
        title,
        startsAt = DateTime.UtcNow.AddDays(startsInDays),
        endsAt = DateTime.UtcNow.AddDays(startsInDays).AddHours(1),
        timeZone = "Europe/Paris",
        format = "ONLINE",
        onlineUrl = "https://meet.example.com/c",
        capacity,
        waitlistEnabled,
    };

    private string Engineering => CommunityApi.Id("Group", _api.Engineering.Id);

    private async Task<string> CreateAsync(Member organizer, object input)
    {
        var response = await _api.RunAsync(organizer, CreateEvent, new { input });
        var payload = CommunitySchemaTests.Data(response).GetProperty("createEvent");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("event").GetProperty("id").GetString()!;
    }

    private static JsonElement Payload(JsonElement response, string mutation) => CommunitySchemaTests.Data(response).GetProperty(mutation);

    private static string? ErrorType(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? null : payload.GetProperty("errors")[0].GetProperty("__typename").GetString();

    [Fact]
    public async Task A_member_creates_an_event_in_their_group_and_others_see_it_at_once()
    {
        var response = await _api.RunAsync(_api.Bob, CreateEvent, new { input = Input(Engineering, capacity: 12) });

        var created = Payload(response, "createEvent").GetProperty("event");
        Assert.Equal(("Clinic", "ONLINE", 12, "Europe/Paris"), (created.GetProperty("title").GetString(), created.GetProperty("format").GetString(),
            created.GetProperty("capacity").GetInt32(), created.GetProperty("timeZone").GetString()));
        Assert.Equal(("Engineering", "bob"), (created.GetProperty("group").GetProperty("name").GetString(), created.GetProperty("organizer").GetProperty("handle").GetString()));
        var read = await _api.RunAsync(_api.Cleo, "{ events { nodes { id } } }");
        Assert.Contains(created.GetProperty("id").GetString(), CommunitySchemaTests.Ids(CommunitySchemaTests.Data(read).GetProperty("events")));
    }

    [Theory]
    [InlineData("secret", "GroupNotFoundError")]
    [InlineData("leadership", "NotAMemberError")]
    [InlineData("blank-title", "InvalidInputError")]
    [InlineData("zero-capacity", "InvalidInputError")]
    [InlineData("bad-zone", "InvalidInputError")]
    public async Task A_refused_event_comes_back_as_a_typed_error_and_writes_nothing(string what, string errorType)
    {
        object input = what switch
        {
            "secret" => Input(CommunityApi.Id("Group", _api.ProjectX.Id)),
            "leadership" => Input(CommunityApi.Id("Group", _api.Leadership.Id)),
            "blank-title" => Input(Engineering, title: "  "),
            "zero-capacity" => Input(Engineering, capacity: 0),
            _ => new { title = "Clinic", startsAt = DateTime.UtcNow.AddDays(1), endsAt = DateTime.UtcNow.AddDays(1).AddHours(1), timeZone = "Mars/Olympus" },
        };

        var response = await _api.RunAsync(_api.Bob, CreateEvent, new { input });

        var payload = Payload(response, "createEvent");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("event").ValueKind);
        Assert.Equal(errorType, ErrorType(payload));
        Assert.DoesNotContain("Project X", payload.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _api.CountAsync(db => db.Events));
    }

    [Fact]
    public async Task A_guest_cannot_create_a_company_wide_event()
    {
        var response = await _api.RunAsync(_api.Gus, CreateEvent, new { input = Input(null) });

        Assert.Equal("NotAuthorizedError", ErrorType(Payload(response, "createEvent")));
        Assert.Equal(0, await _api.CountAsync(db => db.Events));
    }

    [Fact]
    public async Task A_full_event_puts_members_on_the_waitlist_in_order_and_a_freed_seat_goes_to_the_first()
    {
        var id = await CreateAsync(_api.Bob, Input(Engineering, capacity: 1));

        var bob = Payload(await _api.RunAsync(_api.Bob, Register, new { id }), "registerForEvent").GetProperty("registration");
        var cleo = Payload(await _api.RunAsync(_api.Cleo, Register, new { id }), "registerForEvent").GetProperty("registration");
        var gus = Payload(await _api.RunAsync(_api.Gus, Register, new { id }), "registerForEvent").GetProperty("registration");

        Assert.Equal("REGISTERED", bob.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, bob.GetProperty("waitlistPosition").ValueKind);
        Assert.Equal(("WAITLISTED", 1), (cleo.GetProperty("status").GetString(), cleo.GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal(("WAITLISTED", 2), (gus.GetProperty("status").GetString(), gus.GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal((1, 2), (gus.GetProperty("event").GetProperty("registeredCount").GetInt32(), gus.GetProperty("event").GetProperty("waitlistCount").GetInt32()));

        var cancelled = Payload(await _api.RunAsync(_api.Bob, CancelRegistration, new { id }), "cancelRegistration").GetProperty("event");
        Assert.Equal("CANCELLED", cancelled.GetProperty("viewerRegistration").GetProperty("status").GetString());
        Assert.Equal((1, 1), (cancelled.GetProperty("registeredCount").GetInt32(), cancelled.GetProperty("waitlistCount").GetInt32()));

        var asCleo = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, ViewerRegistration, new { id })).GetProperty("node").GetProperty("viewerRegistration");
        var asGus = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, ViewerRegistration, new { id })).GetProperty("node").GetProperty("viewerRegistration");
        Assert.Equal("REGISTERED", asCleo.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, asCleo.GetProperty("waitlistPosition").ValueKind);
        Assert.Equal(("WAITLISTED", 1), (asGus.GetProperty("status").GetString(), asGus.GetProperty("waitlistPosition").GetInt32()));
    }

    [Fact]
    public async Task A_full_event_without_a_waitlist_refuses_and_a_second_registration_is_a_duplicate()
    {
        var id = await CreateAsync(_api.Bob, Input(Engineering, capacity: 1, waitlistEnabled: false));
        await _api.RunAsync(_api.Bob, Register, new { id });

        var full = Payload(await _api.RunAsync(_api.Cleo, Register, new { id }), "registerForEvent");
        var again = Payload(await _api.RunAsync(_api.Bob, Register, new { id }), "registerForEvent");
        var notRegistered = Payload(await _api.RunAsync(_api.Cleo, CancelRegistration, new { id }), "cancelRegistration");

        Assert.Equal("EventFullError", ErrorType(full));
        Assert.Equal("EVENT_FULL", full.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, full.GetProperty("registration").ValueKind);
        Assert.Equal("DuplicateRegistrationError", ErrorType(again));
        Assert.Equal("NotRegisteredError", ErrorType(notRegistered));
        Assert.Equal(1, await _api.CountAsync(db => db.EventRegistrations));
    }

    [Fact]
    public async Task My_events_lists_the_events_the_viewer_holds_a_seat_or_waitlist_place_for()
    {
        var first = await CreateAsync(_api.Bob, Input(Engineering, title: "First", capacity: 1, startsInDays: 2));
        var second = await CreateAsync(_api.Bob, Input(Engineering, title: "Second", startsInDays: 4));
        var third = await CreateAsync(_api.Bob, Input(Engineering, title: "Third", startsInDays: 6));
        await _api.RunAsync(_api.Bob, Register, new { id = first });
        await _api.RunAsync(_api.Cleo, Register, new { id = first });
        await _api.RunAsync(_api.Cleo, Register, new { id = second });
        await _api.RunAsync(_api.Cleo, Register, new { id = third });
        await _api.RunAsync(_api.Cleo, CancelRegistration, new { id = third });

        var response = await _api.RunAsync(_api.Cleo, "{ myEvents(upcoming: true) { totalCount nodes { title viewerRegistration { status waitlistPosition } } } }");

        var nodes = CommunitySchemaTests.Data(response).GetProperty("myEvents").GetProperty("nodes");
        Assert.Equal(["First", "Second"], nodes.EnumerateArray().Select(n => n.GetProperty("title").GetString()).ToArray());
        Assert.Equal(("WAITLISTED", 1), (nodes[0].GetProperty("viewerRegistration").GetProperty("status").GetString(),
            nodes[0].GetProperty("viewerRegistration").GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal("REGISTERED", nodes[1].GetProperty("viewerRegistration").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_organizer_checks_a_seat_holder_in_and_others_may_not()
    {
        var id = await CreateAsync(_api.Bob, Input(Engineering, startsInDays: 0));
        await _api.RunAsync(_api.Cleo, Register, new { id });
        const string CheckIn = "mutation($id: ID!, $member: ID) { checkIn(input: { eventId: $id, memberId: $member }) { registration { status checkedInAt member { handle } } errors { __typename } } }";
        var cleoId = CommunityApi.Id("Member", _api.Cleo.Id);

        var byGus = Payload(await _api.RunAsync(_api.Gus, CheckIn, new { id, member = cleoId }), "checkIn");
        var unregistered = Payload(await _api.RunAsync(_api.Bob, CheckIn, new { id, member = CommunityApi.Id("Member", _api.Gus.Id) }), "checkIn");
        Assert.Equal("NotAuthorizedError", ErrorType(byGus));
        Assert.Equal("NotRegisteredError", ErrorType(unregistered));
        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, ViewerRegistration, new { id }))
            .GetProperty("node").GetProperty("viewerRegistration").GetProperty("checkedInAt").ValueKind);

        var byOrganizer = Payload(await _api.RunAsync(_api.Bob, CheckIn, new { id, member = cleoId }), "checkIn").GetProperty("registration");
        Assert.Equal("cleo", byOrganizer.GetProperty("member").GetProperty("handle").GetString());
        Assert.Equal(JsonValueKind.String, byOrganizer.GetProperty("checkedInAt").ValueKind);
        var asCleo = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, ViewerRegistration, new { id })).GetProperty("node").GetProperty("viewerRegistration");
        Assert.Equal(byOrganizer.GetProperty("checkedInAt").GetString(), asCleo.GetProperty("checkedInAt").GetString());
    }

    [Fact]
    public async Task A_member_checks_themself_in_without_naming_themself()
    {
        var id = await CreateAsync(_api.Bob, Input(Engineering, startsInDays: 0));
        await _api.RunAsync(_api.Gus, Register, new { id });

        var response = await _api.RunAsync(_api.Gus, "mutation($id: ID!) { checkIn(input: { eventId: $id }) { registration { checkedInAt member { handle } } errors { __typename } } }", new { id });

        var registration = Payload(response, "checkIn").GetProperty("registration");
        Assert.Equal("gus", registration.GetProperty("member").GetProperty("handle").GetString());
        Assert.Equal(JsonValueKind.String, registration.GetProperty("checkedInAt").ValueKind);
    }

    [Fact]
    public async Task Check_in_is_refused_days_before_the_event()
    {
        var id = await CreateAsync(_api.Bob, Input(Engineering, startsInDays: 3));
        await _api.RunAsync(_api.Gus, Register, new { id });

        var response = await _api.RunAsync(_api.Gus, "mutation($id: ID!) { checkIn(input: { eventId: $id }) { registration { checkedInAt } errors { __typename } } }", new { id });

        Assert.Equal("CheckInClosedError", ErrorType(Payload(response, "checkIn")));
    }

    [Fact]
    public async Task Editing_changes_what_is_given_and_a_larger_capacity_seats_the_waitlist()
    {
        var id = await CreateAsync(_api.Bob, Input(Engineering, capacity: 1));
        await _api.RunAsync(_api.Bob, Register, new { id });
        await _api.RunAsync(_api.Cleo, Register, new { id });
        await _api.RunAsync(_api.Gus, Register, new { id });
        const string Edit = """
            mutation($input: EditEventInput!) {
              editEvent(input: $input) { event { title format timeZone capacity registeredCount waitlistCount seatsLeft } errors { __typename } }
            }
            """;

        var bigger = Payload(await _api.RunAsync(_api.Bob, Edit, new { input = new { eventId = id, title = "Clinic, bigger room", capacity = 2, format = "HYBRID" } }), "editEvent");
        var e = bigger.GetProperty("event");
        Assert.Equal(("Clinic, bigger room", "HYBRID", "Europe/Paris"), (e.GetProperty("title").GetString(), e.GetProperty("format").GetString(), e.GetProperty("timeZone").GetString()));
        Assert.Equal((2, 2, 1, 0), (e.GetProperty("capacity").GetInt32(), e.GetProperty("registeredCount").GetInt32(),
            e.GetProperty("waitlistCount").GetInt32(), e.GetProperty("seatsLeft").GetInt32()));
        Assert.Equal("REGISTERED", CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, ViewerRegistration, new { id }))
            .GetProperty("node").GetProperty("viewerRegistration").GetProperty("status").GetString());

        var unlimited = Payload(await _api.RunAsync(_api.Bob, Edit, new { input = new { eventId = id, capacity = (int?)null } }), "editEvent").GetProperty("event");
        Assert.Equal(JsonValueKind.Null, unlimited.GetProperty("capacity").ValueKind);
        Assert.Equal(JsonValueKind.Null, unlimited.GetProperty("seatsLeft").ValueKind);
        Assert.Equal((3, 0), (unlimited.GetProperty("registeredCount").GetInt32(), unlimited.GetProperty("waitlistCount").GetInt32()));
        Assert.Equal("Clinic, bigger room", unlimited.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("stranger", "NotAuthorizedError")]
    [InlineData("below-seats", "InvalidInputError")]
    [InlineData("ends-before-start", "InvalidInputError")]
    [InlineData("secret", "EventNotFoundError")]
    public async Task A_refused_edit_comes_back_as_a_typed_error_and_changes_nothing(string what, string errorType)
    {
        var id = await CreateAsync(_api.Bob, Input(Engineering, capacity: 3));
        var secret = await _api.Service<EventService, Event>(s => s.CreateAsync(_api.Ada.Id,
            new NewEvent(_api.ProjectX.Id, "Hush", DateTime.UtcNow.AddDays(1), DateTime.UtcNow.AddDays(1).AddHours(1))));
        await _api.RunAsync(_api.Bob, Register, new { id });
        await _api.RunAsync(_api.Cleo, Register, new { id });
        var (member, input) = what switch
        {
            "stranger" => (_api.Cleo, (object)new { eventId = id, title = "Mine" }),
            "below-seats" => (_api.Bob, new { eventId = id, capacity = 1 }),
            "ends-before-start" => (_api.Bob, new { eventId = id, endsAt = DateTime.UtcNow }),
            _ => (_api.Bob, new { eventId = CommunityApi.Id("Event", secret.Id), title = "Found" }),
        };

        var response = await _api.RunAsync(member, "mutation($input: EditEventInput!) { editEvent(input: $input) { event { id } errors { __typename ... on Error { message } } } }", new { input });

        var payload = Payload(response, "editEvent");
        Assert.Equal(errorType, ErrorType(payload));
        Assert.DoesNotContain("Hush", payload.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var read = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { ... on Event { title capacity } } }", new { id })).GetProperty("node");
        Assert.Equal(("Clinic", 3), (read.GetProperty("title").GetString(), read.GetProperty("capacity").GetInt32()));
        var secretRead = await _api.RunAsync(_api.Ada, "query($id: ID!) { node(id: $id) { ... on Event { title } } }", new { id = CommunityApi.Id("Event", secret.Id) });
        Assert.Equal("Hush", CommunitySchemaTests.Data(secretRead).GetProperty("node").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_cancelled_event_says_so_and_takes_no_more_registrations_or_edits()
    {
        var id = await CreateAsync(_api.Bob, Input(Engineering));
        await _api.RunAsync(_api.Cleo, Register, new { id });
        const string Cancel = "mutation($id: ID!) { cancelEvent(input: { eventId: $id }) { event { isCancelled cancelledAt } errors { __typename } } }";

        var byCleo = Payload(await _api.RunAsync(_api.Cleo, Cancel, new { id }), "cancelEvent");
        Assert.Equal("NotAuthorizedError", ErrorType(byCleo));

        var byBob = Payload(await _api.RunAsync(_api.Bob, Cancel, new { id }), "cancelEvent").GetProperty("event");
        Assert.True(byBob.GetProperty("isCancelled").GetBoolean());
        Assert.Equal(JsonValueKind.String, byBob.GetProperty("cancelledAt").ValueKind);
        Assert.Equal("EventCancelledError", ErrorType(Payload(await _api.RunAsync(_api.Gus, Register, new { id }), "registerForEvent")));
        Assert.Equal("EventCancelledError", ErrorType(Payload(await _api.RunAsync(_api.Bob,
            "mutation($id: ID!) { editEvent(input: { eventId: $id, title: \"Back\" }) { errors { __typename } } }", new { id }), "editEvent")));
        Assert.Equal(1, await _api.CountAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.EventCancelled)));
    }

    [Fact]
    public async Task An_ended_event_takes_no_registrations()
    {
        var id = await CreateAsync(_api.Bob, Input(Engineering, startsInDays: -2));

        Assert.Equal("EventEndedError", ErrorType(Payload(await _api.RunAsync(_api.Cleo, Register, new { id }), "registerForEvent")));
    }

    [Fact]
    public async Task An_event_id_of_another_type_is_refused_with_a_code()
    {
        var response = await _api.RunAsync(_api.Bob, Register, new { id = CommunityApi.Id("Post", _api.EngineeringPost.Id) });

        Assert.Equal("ID_INVALID", CommunitySchemaTests.Code(response));
    }
}
