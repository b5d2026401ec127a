using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Community.GraphQL.Tests.Transport;

public sealed class GraphQLHttpHandlerTests : IClassFixture<GraphQLHttpHandlerTests.Server>, IDisposable
{
    private readonly HttpClient _client;
    private readonly Uri _endpoint;

    public GraphQLHttpHandlerTests(Server server)
    {
        _client = new HttpClient();
        _endpoint = server.Host.Address;
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    public async Task Post_answers_in_the_media_type_the_client_prefers(string? accept, string expected)
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_with_an_unacceptable_accept_header_is_406()
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", "text/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(ErrorCodes.BadRequest, await FirstErrorCode(response));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_with_an_unsupported_content_type_is_415(string contentType)
    {
        using var content = new StringContent("""{"query":"{ __typename }"}""");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await _client.PostAsync(_endpoint, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_with_charset_utf8_is_accepted()
    {
        using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(_endpoint, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("", "application/json")]
    [InlineData("{ \"not a JSON", "application/json")]
    [InlineData("{ \"not a JSON", "application/graphql-response+json")]
    [InlineData("""{"notquery":"{ __typename }"}""", "application/json")]
    [InlineData("""{"query":{"obj":"ect"}}""", "application/json")]
    [InlineData("""{"query":0}""", "application/json")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""", "application/json")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""", "application/json")]
    [InlineData("""{"query":"{ __typename }","variables":["array"]}""", "application/json")]
    [InlineData("""{"query":"{ __typename }","extensions":0}""", "application/json")]
    [InlineData("""[{"query":"{ __typename }"}]""", "application/json")]
    [InlineData("""{"query":"{ __typename }"} trailing""", "application/json")]
    public async Task Malformed_requests_are_400_with_a_bad_request_code(string body, string accept)
    {
        using var response = await PostAsync(body, accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadRequest, await FirstErrorCode(response));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Invalid_utf8_in_the_body_is_400()
    {
        using var content = new ByteArrayContent([.. "{\"query\":\"{ a"u8, 0xC3, 0x28, .. "}\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(_endpoint, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Null_operation_name_variables_and_extensions_are_allowed()
    {
        using var response = await PostAsync("""{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Variables_are_decoded_into_plain_values()
    {
        using var response = await PostAsync(
            """{"query":"query Q($a: Int) { __typename }","variables":{"i":1,"l":5000000000,"d":1.5,"s":"x","b":true,"n":null,"list":[1,[2]],"o":{"k":"v"}}}""",
            "application/json");

        Assert.Equal(
            """{"data":{"__typename":"Query","variables":{"i":1,"l":5000000000,"d":1.5,"s":"x","b":true,"n":null,"list":[1,[2]],"o":{"k":"v"}}}}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Variables_nested_deeper_than_the_limit_are_refused()
    {
        var deep = new string('[', 40) + new string(']', 40);
        using var response = await PostAsync("{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + deep + "}}", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("deeper than 32", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    public async Task A_syntax_error_is_200_under_json_and_400_under_graphql_response(string accept, HttpStatusCode expected)
    {
        using var response = await PostAsync("""{"query":"{"}""", accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(ErrorCodes.SyntaxError, await FirstErrorCode(response));
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    public async Task A_validation_error_is_200_under_json_and_400_under_graphql_response(string accept, HttpStatusCode expected)
    {
        using var response = await PostAsync("""{"query":"{ unknownField }"}""", accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(ErrorCodes.ValidationFailed, await FirstErrorCode(response));
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_coded_error()
    {
        using var response = await PostAsync("""{"query":"query A { __typename }","operationName":"Missing"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.OperationNotFound, await FirstErrorCode(response));
    }

    [Fact]
    public async Task Get_executes_a_query_with_json_variables()
    {
        var url = $"{_endpoint}?query={Uri.EscapeDataString("query Q($name: String) { __typename }")}&variables={Uri.EscapeDataString("""{"name":"x"}""")}";
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query","variables":{"name":"x"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405_and_an_allow_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{_endpoint}?query={Uri.EscapeDataString("mutation { __typename }")}");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_runs_a_mutation()
    {
        using var response = await PostAsync("""{"query":"mutation { __typename }"}""", "application/json");

        Assert.Equal("""{"data":{"__typename":"Mutation"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("variables=not-json")]
    [InlineData("variables=%5B1%5D")]
    [InlineData("query=%7B+__typename+%7D&query=%7B+__typename+%7D")]
    [InlineData("operationName=Q")]
    public async Task Get_with_malformed_parameters_is_400(string queryString)
    {
        var prefix = queryString.StartsWith("query=", StringComparison.Ordinal) || queryString.StartsWith("operationName", StringComparison.Ordinal) ? string.Empty : "query=%7B+__typename+%7D&";
        using var response = await _client.GetAsync($"{_endpoint}?{prefix}{queryString}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadRequest, await FirstErrorCode(response));
    }

    [Fact]
    public async Task Other_methods_are_405_with_an_allow_header()
    {
        using var response = await _client.PutAsync(_endpoint, new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task A_body_declared_over_the_limit_is_413_before_it_is_read()
    {
        using var content = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(_endpoint, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ErrorCodes.DocumentTooLarge, await FirstErrorCode(response));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        using var content = new StreamContent(new ChunkedOnlyStream(new MemoryStream(new byte[2 * 1024 * 1024])));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_get_serves_the_ide_page_in_development()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _endpoint);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-endpoint=\"/graphql\"", html);
        Assert.Matches("<script type=\"module\" src=\"/graphql/ide/[0-9a-f]+/ide.js\">", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task Subscriptions_are_refused_over_plain_http()
    {
        using var response = await PostAsync("""{"query":"subscription { messages }"}""", "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = new StringContent(body, null, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await _client.SendAsync(request);
    }

    private static async Task<string?> FirstErrorCode(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }

    /// <summary>A stream of unknown length, so HttpClient sends it chunked.</summary>
    private sealed class ChunkedOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public sealed class Server : IAsyncLifetime
    {
        public TransportTestServer Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await TransportTestServer.StartAsync(new FakeRequestExecutor());

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
