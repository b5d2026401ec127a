using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Community.Api.Tests.GraphQL;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Tests.Authentication;

/// <summary>What the sign-in tests do with a server: send GraphQL with or without a token, ask the probe, read members.</summary>
internal static class SignInServer
{
    /// <summary>A Development server with the who-am-I probe, and <paramref name="clock"/> as its time when given.</summary>
    public static ApiServer Start(ManualClock? clock = null) => ApiServer.With(builder => builder.ConfigureServices(services =>
    {
        services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, WhoAmIProbe>();
        if (clock is not null)
        {
            services.AddSingleton<TimeProvider>(clock);
        }
    }));

    public static async Task<HttpResponseMessage> PostQueryAsync(this ApiServer server, string? token, string query = "{ __typename }",
        string accept = "application/graphql-response+json")
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLEndpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>What the server's request user says about <paramref name="token"/>'s member (see <see cref="WhoAmIProbe"/>).</summary>
    public static async Task<string> WhoAmIAsync(this ApiServer server, string token)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetStringAsync(new Uri(server.GraphQLEndpoint, WhoAmIProbe.Path));
    }

    /// <summary>The single GraphQL error of a refused response, with its HTTP status.</summary>
    public static async Task<(HttpStatusCode Status, string Code, string Message)> ErrorAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        return (response.StatusCode, error.GetProperty("extensions").GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }

    public static async Task<Member?> MemberAsync(this ApiServer server, string subject)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Members.AsNoTracking()
            .FirstOrDefaultAsync(m => m.ExternalId == subject);
    }

    public static async Task<int> SignInsAsync(this ApiServer server, long memberId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().ActivityEntries
            .CountAsync(a => a.MemberId == memberId && a.Kind == ActivityKind.SignedIn);
    }

    /// <summary>Runs <paramref name="work"/> with the server's member service, as an admin's action would.</summary>
    public static async Task<T> MembersAsync<T>(this ApiServer server, Func<MemberService, Task<T>> work)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MemberService>());
    }
}
