using System.Net;
using System.Text;
using System.Text.Json;
using Community.GraphQL.Execution;
using Community.GraphQL.Tests.Execution;
using Community.GraphQL.Tests.Execution.Cost;

namespace Community.GraphQL.Tests.Transport;

/// <summary>The <c>GraphQL-Cost</c> request header over HTTP: <c>report</c> and <c>validate</c>, as HotChocolate serves them.</summary>
public sealed class CostHeaderTests : IClassFixture<CostHeaderTests.Server>, IDisposable
{
    private const string NestedLists = "{ recent(first: 50) { comments(first: 50) { reactors(first: 50) { name } } } }";

    private readonly HttpClient _client = new();
    private readonly Uri _endpoint;

    public CostHeaderTests(Server server) => _endpoint = server.Host.Address;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Report_adds_the_cost_to_the_response()
    {
        using var response = await PostAsync("{ top { id } }", "report");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(ExecutionAssert.Normalize("""{"data":{"top":[]},"extensions":{"operationCost":{"fieldCost":1,"typeCost":6}}}"""), ExecutionAssert.Normalize(body));
    }

    [Fact]
    public async Task Validate_answers_with_the_cost_alone_and_200()
    {
        using var response = await PostAsync(NestedLists, "Validate");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(ExecutionAssert.Normalize("""{"extensions":{"operationCost":{"fieldCost":2551,"typeCost":127551}}}"""), ExecutionAssert.Normalize(body));
    }

    [Fact]
    public async Task An_operation_over_the_limit_is_400_under_graphql_response_with_its_code()
    {
        using var response = await PostAsync(NestedLists, null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var extensions = body.RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("HC0047", extensions.GetProperty("code").GetString());
        Assert.Equal(2551, extensions.GetProperty("fieldCost").GetInt32());
        Assert.Equal(1000, extensions.GetProperty("maxFieldCost").GetInt32());
        Assert.False(body.RootElement.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task Get_requests_read_the_header_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _endpoint + "?query=" + Uri.EscapeDataString("{ top { id } }"));
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await _client.SendAsync(request);
        Assert.Contains("\"operationCost\":{\"fieldCost\":1,\"typeCost\":6}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("everything")]
    public async Task Without_a_known_header_value_the_cost_is_not_reported(string? header)
    {
        using var response = await PostAsync("{ top { id } }", header);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(ExecutionAssert.Normalize("""{"data":{"top":[]}}"""), ExecutionAssert.Normalize(body));
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string? costHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Accept", "application/graphql-response+json");
        if (costHeader is not null)
        {
            request.Headers.Add("GraphQL-Cost", costHeader);
        }

        return await _client.SendAsync(request);
    }

    public sealed class Server : IAsyncLifetime
    {
        public TransportTestServer Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var schema = new TestSchema()
                .Resolve("Query.top", _ => Array.Empty<object>())
                .Resolve("Query.recent", _ => Array.Empty<object>())
                .Build(CostSchema.Sdl);
            Host = await TransportTestServer.StartAsync(new RequestExecutor(schema));
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
