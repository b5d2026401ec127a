using System.Text.Json;
using Community.Api.Schema;
using Community.GraphQL.Types;

namespace Community.Api.Tests.Schema;

/// <summary>The community API's reading side, as each kind of member sees it: what each may read, and what they may not.</summary>
public sealed class CommunitySchemaTests(CommunitySchemaTests.Fixture fixture) : IClassFixture<CommunitySchemaTests.Fixture>
{
    private CommunityApi Api => fixture.Api;

    [Fact]
    public void Every_type_field_argument_and_enum_value_is_described()
    {
        var missing = new List<string>();
        foreach (var type in Api.Schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        if (string.IsNullOrWhiteSpace(field.Description))
                        {
                            missing.Add($"{type.Name}.{field.Name}");
                        }

                        missing.AddRange(field.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name}:)"));
                    }

                    break;
                case InputObjectType input:
                    missing.AddRange(input.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
                    break;
                case EnumType enumType:
                    missing.AddRange(enumType.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
                    break;
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Me_is_the_signed_in_member()
    {
        var response = await Api.RunAsync(Api.Bob, "{ me { id handle displayName kind role } }");

        var me = Data(response).GetProperty("me");
        Assert.Equal(CommunityApi.Id("Member", Api.Bob.Id), me.GetProperty("id").GetString());
        Assert.Equal("bob", me.GetProperty("handle").GetString());
        Assert.Equal("EMPLOYEE", me.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Signed_out_requests_are_refused_with_auth_not_authenticated()
    {
        var response = await Api.RunAsync(null, "{ me { id } }");

        Assert.Equal(SchemaErrorCodes.NotAuthenticated, Code(response));
    }

    [Fact]
    public async Task An_employee_outside_every_group_reads_the_company_space_and_public_groups_only()
    {
        var response = await Api.RunAsync(Api.Cleo, "{ posts(first: 50) { totalCount nodes { id group { name } } } }");

        Assert.Equal(
            new[] { Api.CompanyPost.Id, Api.EngineeringPost.Id }.Select(id => CommunityApi.Id("Post", id)).Order(),
            Ids(Data(response).GetProperty("posts")).Order());
        Assert.Equal(2, Data(response).GetProperty("posts").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_secret_group_and_its_posts_cannot_be_reached_by_a_non_member()
    {
        var secretGroup = CommunityApi.Id("Group", Api.ProjectX.Id);
        var secretPost = CommunityApi.Id("Post", Api.SecretPost.Id);

        var byNode = await Api.RunAsync(Api.Cleo, "query($g: ID!, $p: ID!) { g: node(id: $g) { id } p: node(id: $p) { id } nodes(ids: [$g, $p]) { id } }", new { g = secretGroup, p = secretPost });
        var byFilter = await Api.RunAsync(Api.Cleo, "query($g: ID!) { posts(where: { groupId: { eq: $g } }) { totalCount nodes { id } } }", new { g = secretGroup });
        var byList = await Api.RunAsync(Api.Cleo, "{ groups(first: 50) { totalCount nodes { name } } }");

        NoErrors(byNode);
        Assert.Equal(JsonValueKind.Null, Data(byNode).GetProperty("g").ValueKind);
        Assert.Equal(JsonValueKind.Null, Data(byNode).GetProperty("p").ValueKind);
        Assert.All(Data(byNode).GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
        Assert.Equal(0, Data(byFilter).GetProperty("posts").GetProperty("totalCount").GetInt32());
        var names = Data(byList).GetProperty("groups").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("Project X", names);
        Assert.Equal(["Engineering", "Leadership"], names);
        Assert.Equal(2, Data(byList).GetProperty("groups").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_members_own_secret_group_is_visible_to_them()
    {
        var response = await Api.RunAsync(Api.Ada, "query($p: ID!) { node(id: $p) { ... on Post { body group { name visibility viewerRole } } } }",
            new { p = CommunityApi.Id("Post", Api.SecretPost.Id) });

        var post = Data(response).GetProperty("node");
        Assert.Equal("The secret plan", post.GetProperty("body").GetString());
        Assert.Equal("OWNER", post.GetProperty("group").GetProperty("viewerRole").GetString());
    }

    [Fact]
    public async Task A_guest_sees_only_their_groups_and_their_members()
    {
        var posts = await Api.RunAsync(Api.Gus, "{ posts { nodes { id } } groups { nodes { name } } members(first: 50) { nodes { handle } } }");

        Assert.Equal([CommunityApi.Id("Post", Api.EngineeringPost.Id)], Ids(Data(posts).GetProperty("posts")));
        Assert.Equal(["Engineering"], Data(posts).GetProperty("groups").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(["ada", "bob", "gus"], Data(posts).GetProperty("members").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("handle").GetString()).Order());
    }

    [Fact]
    public async Task Email_addresses_are_shown_to_their_owner_and_admins_only()
    {
        const string Query = "{ members(first: 50, order: [{ handle: ASC }]) { nodes { handle email } } }";

        var asBob = await Api.RunAsync(Api.Bob, Query);
        var asAda = await Api.RunAsync(Api.Ada, Query);

        var bobSees = Data(asBob).GetProperty("members").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("handle").GetString()!, n => n.GetProperty("email").GetString());
        var adaSees = Data(asAda).GetProperty("members").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("handle").GetString()!, n => n.GetProperty("email").GetString());
        Assert.Equal("bob@example.com", bobSees["bob"]);
        Assert.Null(bobSees["cleo"]);
        Assert.All(adaSees, pair => Assert.Equal($"{pair.Key}@example.com", pair.Value));
    }

    [Fact]
    public async Task Email_addresses_cannot_be_filtered_or_sorted()
    {
        var response = await Api.RunAsync(Api.Bob, "{ members(where: { email: { eq: \"cleo@example.com\" } }) { nodes { handle } } }");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(response));
    }

    [Fact]
    public async Task The_feed_holds_my_groups_people_i_follow_and_company_announcements()
    {
        var response = await Api.RunAsync(Api.Bob, "{ feed { nodes { id } } }");

        Assert.Equal(
            new[] { Api.EngineeringPost.Id, Api.CompanyPost.Id }.Select(id => CommunityApi.Id("Post", id)),
            Ids(Data(response).GetProperty("feed")));
    }

    [Fact]
    public async Task An_id_of_another_type_is_refused_with_a_code()
    {
        var response = await Api.RunAsync(Api.Bob, "query($g: ID!) { posts(where: { groupId: { eq: $g } }) { nodes { id } } }",
            new { g = CommunityApi.Id("Member", Api.Bob.Id) });

        Assert.Equal("FILTER_VALUE_INVALID", Code(response));
    }

    internal static JsonElement Data(JsonElement response)
    {
        NoErrors(response);
        return response.GetProperty("data");
    }

    internal static void NoErrors(JsonElement response)
    {
        if (response.TryGetProperty("errors", out var errors))
        {
            Assert.Fail("Unexpected errors: " + errors.GetRawText());
        }
    }

    internal static string Code(JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    internal static List<string> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

    public sealed class Fixture : IAsyncLifetime
    {
        public CommunityApi Api { get; private set; } = null!;

        public async Task InitializeAsync() => Api = await CommunityApi.CreateAsync();

        public async Task DisposeAsync() => await Api.DisposeAsync();
    }
}
