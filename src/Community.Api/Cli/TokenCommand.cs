using System.CommandLine;
using System.Globalization;
using Community.Api.Authentication;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Cli;

/// <summary>
/// <c>token --member &lt;handle&gt; [--role admin] [--guest] [--expires 8h] [--environment Development]</c>: prints a
/// token signed with the configured HS256 key, for trying the API without an intranet. An existing member's token
/// carries their subject, e-mail, name, department, title and guest mark; an unknown handle gets the subject <c>&lt;handle&gt;</c> and the e-mail
/// <c>&lt;handle&gt;@example.com</c>, so the first request creates the member with that handle. Refused in
/// Production and wherever no key is configured: there, tokens come from the identity provider.
/// </summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var member = new Option<string>("--member")
        {
            Description = "The handle of the member the token signs in (created on the first request when unknown).",
            Required = true,
        };
        var role = new Option<string?>("--role")
        {
            Description = "A community role the token names: member, moderator, admin or analyst (without it, the stored role is kept).",
        };
        role.AcceptOnlyFromAmong("member", "moderator", "admin", "analyst");
        var guest = new Option<bool>("--guest") { Description = "Mark the member as a guest (guests see only their groups)." };
        var expires = new Option<string>("--expires")
        {
            Description = "How long the token is valid: 30m, 8h, 2d, or a time span such as 01:30:00.",
            DefaultValueFactory = _ => "8h",
        };
        var environment = new Option<string?>("--environment")
        {
            Description = "The environment whose settings sign the token (as for the server; Development has a key).",
        };

        var command = new Command("token", "Print a development token for a member, signed with the configured key.")
        {
            member, role, guest, expires, environment,
        };
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var environmentName = result.GetValue(environment);
            var host = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = environmentName is null ? [] : ["--environment", environmentName],
            });
            return RunAsync(host.Configuration, host.Environment.EnvironmentName,
                new TokenCommandInput(result.GetValue(member)!, result.GetValue(role), result.GetValue(guest), result.GetValue(expires)!),
                Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>Prints the token, or explains on <paramref name="error"/> why none is made (exit code 1).</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, string environmentName, TokenCommandInput input,
        TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (string.Equals(environmentName, Environments.Production, StringComparison.OrdinalIgnoreCase))
        {
            await error.WriteLineAsync(
                "The token verb does not run in Production: there, tokens come from the intranet's identity provider. Use --environment Development.");
            return 1;
        }

        var settings = configuration.GetSection(CommunityAuthenticationOptions.SectionName).Get<CommunityAuthenticationOptions>()
            ?? new CommunityAuthenticationOptions();
        if (!settings.HasSigningKey)
        {
            await error.WriteLineAsync(
                $"No Authentication:SigningKey is configured in {environmentName}, so no token can be signed here (appsettings.Development.json has a development key).");
            return 1;
        }

        if (!TryParseLifetime(input.Expires, out var lifetime))
        {
            await error.WriteLineAsync($"--expires '{input.Expires}' is not a duration: use 30m, 8h, 2d or a time span such as 01:30:00.");
            return 1;
        }

        string handle;
        try
        {
            handle = MemberHandle.Normalize(input.Handle);
        }
        catch (Community.Domain.Errors.DomainException invalid)
        {
            await error.WriteLineAsync($"--member '{input.Handle}': {invalid.Message}");
            return 1;
        }

        var database = configuration.GetSection("Database").Get<CommunityDatabase>() ?? new CommunityDatabase();
        var known = await FindMemberAsync(database, handle, cancellationToken);
        var request = known is null
            ? new DevelopmentTokenRequest(handle, $"{handle}@example.com", handle, lifetime, input.Role, input.IsGuest)
            : new DevelopmentTokenRequest(known.ExternalId, known.Email, known.DisplayName, lifetime, input.Role,
                input.IsGuest || known.IsGuest, known.Department, known.Title);
        if (known is null)
        {
            await error.WriteLineAsync($"No member @{handle} yet: the first request with this token creates them.");
        }

        await output.WriteLineAsync(DevelopmentTokenIssuer.Issue(settings, request, DateTime.UtcNow));
        return 0;
    }

    /// <summary>The member with this handle, or null when there is none (or no database yet: nothing is created here).</summary>
    private static async Task<Member?> FindMemberAsync(CommunityDatabase database, string handle, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite && !File.Exists(database.FullPath))
        {
            return null;
        }

        await using var db = database.CreateContext();
        try
        {
            return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Handle == handle, cancellationToken);
        }
        catch (Exception unreadable) when (unreadable is DbUpdateException or System.Data.Common.DbException)
        {
            // A database not migrated yet has no members to find.
            return null;
        }
    }

    internal static bool TryParseLifetime(string text, out TimeSpan lifetime)
    {
        text = text.Trim();
        lifetime = default;
        if (text.Length >= 2 && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            lifetime = char.ToLowerInvariant(text[^1]) switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => default,
            };
            return lifetime > TimeSpan.Zero;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out lifetime) && lifetime > TimeSpan.Zero;
    }
}

/// <summary>What the <c>token</c> verb was asked for.</summary>
internal sealed record TokenCommandInput(string Handle, string? Role = null, bool IsGuest = false, string Expires = "8h");
