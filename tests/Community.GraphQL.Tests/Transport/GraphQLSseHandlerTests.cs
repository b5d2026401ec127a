using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Community.GraphQL.Tests.Transport;

public sealed class GraphQLSseHandlerTests
{
    [Fact]
    public async Task A_query_is_one_next_event_then_complete()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        using var client = new HttpClient();

        using var response = await SendAsync(client, host, """{"query":"{ __typename }"}""");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(":\n\nevent: next\ndata: {\"data\":{\"__typename\":\"Query\"}}\n\nevent: complete\ndata:\n\n", body);
    }

    [Fact]
    public async Task A_subscription_streams_published_events()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        using var client = new HttpClient();
        using var response = await SendAsync(client, host, """{"query":"subscription { messages }"}""");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        Assert.Equal(":", await reader.ReadLineAsync());
        Assert.Equal(string.Empty, await reader.ReadLineAsync());

        await host.WaitForSubscribersAsync();
        await host.PublishAsync("one");
        await host.PublishAsync("two");

        Assert.Equal("event: next", await reader.ReadLineAsync());
        Assert.Equal("data: {\"data\":{\"messages\":\"one\"}}", await reader.ReadLineAsync());
        Assert.Equal(string.Empty, await reader.ReadLineAsync());
        Assert.Equal("event: next", await reader.ReadLineAsync());
        Assert.Equal("data: {\"data\":{\"messages\":\"two\"}}", await reader.ReadLineAsync());
    }

    [Fact]
    public async Task Shutdown_ends_the_stream_with_complete_after_published_events()
    {
        var host = await SubscriptionTestHost.StartAsync();
        using var client = new HttpClient();
        using var response = await SendAsync(client, host, """{"query":"subscription { messages }"}""");
        var body = response.Content.ReadAsStringAsync();
        await host.WaitForSubscribersAsync();
        await host.PublishAsync("last");

        await host.Server.StopAsync();
        await host.DisposeAsync();

        Assert.EndsWith("event: next\ndata: {\"data\":{\"messages\":\"last\"}}\n\nevent: complete\ndata:\n\n", await body);
    }

    [Fact]
    public async Task A_malformed_request_is_400_json_before_any_stream()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        using var client = new HttpClient();

        using var response = await SendAsync(client, host, """{"variables":{}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_with_a_mutation_is_405()
    {
        await using var host = await SubscriptionTestHost.StartAsync();
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{host.Server.Address}?query={Uri.EscapeDataString("mutation { __typename }")}");
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, SubscriptionTestHost host, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, host.Server.Address)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
