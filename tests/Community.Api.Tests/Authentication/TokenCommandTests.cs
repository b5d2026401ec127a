using System.Diagnostics;
using Community.Api.Cli;
using Community.Api.Tests.GraphQL;
using Community.Domain.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Community.Api.Tests.Authentication;

/// <summary>The <c>token</c> verb: its tokens sign in the member it names, and it refuses where it must.</summary>
public sealed class TokenCommandTests(ProbedApiServer fixture) : IClassFixture<ProbedApiServer>
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task A_token_for_an_existing_handle_signs_in_that_member()
    {
        var member = await _server.MembersAsync(m => m.RegisterAsync("corp|7001", "ines", "ines@corp.example", "Inès", MemberKind.Guest));

        var (exitCode, token, _) = await RunAsync(new TokenCommandInput("@Ines"));

        Assert.Equal(0, exitCode);
        Assert.Equal("corp|7001", new JsonWebToken(token).Subject);
        Assert.Equal($"{member.Id} Member guest", await _server.WhoAmIAsync(token));
    }

    [Fact]
    public async Task A_token_for_an_unknown_handle_creates_the_member_with_that_handle_on_the_first_request()
    {
        var (exitCode, token, message) = await RunAsync(new TokenCommandInput("newcomer", Role: "admin", Expires: "30m"));

        Assert.Equal(0, exitCode);
        Assert.Contains("No member @newcomer yet", message);
        var jwt = new JsonWebToken(token);
        Assert.Equal(TimeSpan.FromMinutes(30), jwt.ValidTo - jwt.IssuedAt);
        var answer = await _server.WhoAmIAsync(token);
        var member = Assert.IsType<Member>(await _server.MemberAsync("newcomer"));
        Assert.Equal(("newcomer", MemberRole.Admin), (member.Handle, member.Role));
        Assert.Equal($"{member.Id} Admin employee", answer);
    }

    [Fact]
    public async Task The_verb_refuses_in_production()
    {
        var (exitCode, token, message) = await RunAsync(new TokenCommandInput("ada"), environment: "Production");

        Assert.Equal((1, ""), (exitCode, token));
        Assert.Contains("does not run in Production", message);
    }

    [Fact]
    public async Task The_verb_refuses_where_no_key_is_configured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Authority"] = "https://login.corp.example",
            ["Authentication:Audience"] = "community",
        }).Build();

        var (exitCode, token, message) = await RunAsync(new TokenCommandInput("ada"), "Staging", configuration);

        Assert.Equal((1, ""), (exitCode, token));
        Assert.Contains("No Authentication:SigningKey", message);
    }

    [Theory]
    [InlineData("45m", 45 * 60)]
    [InlineData("8h", 8 * 3600)]
    [InlineData("2d", 2 * 86400)]
    [InlineData("01:30:00", 90 * 60)]
    public void Lifetimes_read_as_minutes_hours_days_or_a_time_span(string text, int seconds)
    {
        Assert.True(TokenCommand.TryParseLifetime(text, out var lifetime));
        Assert.Equal(TimeSpan.FromSeconds(seconds), lifetime);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("0h")]
    [InlineData("-5m")]
    public void Nonsense_lifetimes_are_refused(string text) => Assert.False(TokenCommand.TryParseLifetime(text, out _));

    [Fact]
    public async Task Run_from_the_command_line_in_development_it_prints_a_token_the_development_server_accepts()
    {
        var (exitCode, token, _) = await RunProcessAsync("token", "--member", "cli.user", "--environment", "Development");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+ Member employee$", await _server.WhoAmIAsync(token));

        var (refusedExitCode, refusedToken, _) = await RunProcessAsync("token", "--member", "cli.user", "--environment", "Production");
        Assert.Equal((1, ""), (refusedExitCode, refusedToken));
    }

    private async Task<(int ExitCode, string Token, string Message)> RunAsync(TokenCommandInput input, string environment = "Development",
        IConfiguration? configuration = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await TokenCommand.RunAsync(configuration ?? _server.Services.GetRequiredService<IConfiguration>(), environment, input, output, error);
        return (exitCode, output.ToString().Trim(), error.ToString());
    }

    /// <summary>Runs the built API with the arguments, from its project folder (where <c>dotnet run</c> runs it), on an empty database path.</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> RunProcessAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments])
        {
            WorkingDirectory = Path.Combine(Repository.Root(), "src", "Community.Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Database__Path"] = Path.Combine(Path.GetTempPath(), $"community-token-{Guid.NewGuid():N}.db");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output).Trim(), await errors);
    }
}
