using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Community.Api.Tests.GraphQL;

namespace Community.Api.Tests.Documentation;

/// <summary>Every example of README's "The API by example" runs against the server as written, with the answers it shows.</summary>
public sealed partial class ReadmeExampleTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static readonly string Section = ReadSection();

    public static IEnumerable<object[]> Operations() =>
        GraphQLBlock().Matches(Section).Select(m => new object[] { m.Groups["name"].Value, m.Groups["body"].Value.Trim() })
            .Where(o => !((string)o[1]).StartsWith("subscription", StringComparison.Ordinal));

    [Fact]
    public void The_section_holds_the_examples_the_readme_promises()
    {
        var names = GraphQLBlock().Matches(Section).Select(m => m.Groups["name"].Value).ToList();

        Assert.Equal(["Feed", "Announcements", "Publish", "NewPosts"], names);
        Assert.Equal(2, CurlWithAnswer().Matches(Section).Count);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_query_and_mutation_answers_without_errors(string name, string operation)
    {
        var response = await PostAsync(JsonSerializer.Serialize(new { query = operation }));

        Assert.False(response.TryGetProperty("errors", out var errors), $"{name}: {errors}");
        if (name == "Publish")
        {
            var payload = response.GetProperty("data").GetProperty("createPost");
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
            Assert.Equal("Hello", payload.GetProperty("post").GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task The_curl_examples_answer_what_the_readme_shows()
    {
        foreach (Match example in CurlWithAnswer().Matches(Section))
        {
            var expected = JsonDocument.Parse(string.Concat(example.Groups["answer"].Value.Split('\n').Select(l => l.Trim().TrimStart('#').Trim()))).RootElement;

            var actual = await PostAsync(example.Groups["body"].Value);

            Assert.Equal(Normalize(expected), Normalize(actual));
        }
    }

    [Fact]
    public async Task The_subscription_example_receives_the_post_the_mutation_example_creates()
    {
        var subscription = GraphQLBlock().Matches(Section).Single(m => m.Groups["name"].Value == "NewPosts").Groups["body"].Value.Trim();
        var publish = GraphQLBlock().Matches(Section).Single(m => m.Groups["name"].Value == "Publish").Groups["body"].Value.Trim();
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(server.WebSocketEndpoint, timeout.Token);
        await SendAsync(socket, JsonSerializer.Serialize(new { type = "connection_init", payload = new { Authorization = "Bearer " + Token } }), timeout.Token);
        Assert.Equal("connection_ack", (await ReceiveAsync(socket, timeout.Token)).GetProperty("type").GetString());
        await SendAsync(socket, JsonSerializer.Serialize(new { id = "1", type = "subscribe", payload = new { query = subscription } }), timeout.Token);

        // Publish until the subscription is attached: the first post may precede it.
        var receive = ReceiveAsync(socket, timeout.Token);
        do
        {
            await PostAsync(JsonSerializer.Serialize(new { query = publish }));
        }
        while (await Task.WhenAny(receive, Task.Delay(200, timeout.Token)) != receive);

        var next = await receive;
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("Hello", next.GetProperty("payload").GetProperty("data").GetProperty("postCreated").GetProperty("title").GetString());
    }

    private string Token => server.Token("ada", "admin");

    private async Task<JsonElement> PostAsync(string body)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.PostAsync(server.GraphQLEndpoint, new StringContent(body, Encoding.UTF8, "application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string Normalize(JsonElement element) => JsonSerializer.Serialize(element);

    private static string ReadSection()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root(), "README.md"));
        var start = readme.IndexOf("## The API by example", StringComparison.Ordinal);
        var end = readme.IndexOf("### Using the engine on its own", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken)
        => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, cancellationToken);
        return JsonDocument.Parse(buffer.AsMemory(0, result.Count)).RootElement.Clone();
    }

    /// <summary>A fenced graphql block whose operation is named.</summary>
    [GeneratedRegex(@"```graphql\n(?<body>(?:query|mutation|subscription) (?<name>\w+)[\s\S]*?)```")]
    private static partial Regex GraphQLBlock();

    /// <summary>A curl call with a JSON body, followed by its answer as comment lines.</summary>
    [GeneratedRegex(@"-d '(?<body>\{""query"":[^']*\})'\n(?<answer>(?:#[^\n]*\n)+)")]
    private static partial Regex CurlWithAnswer();
}
