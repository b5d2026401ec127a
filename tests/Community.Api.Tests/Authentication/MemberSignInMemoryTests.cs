using System.Net;
using Community.Api.Authentication;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Authentication;

/// <summary>
/// What the server remembers between requests of one member: the sign-in is recorded once per day, unchanged claims
/// cost no write, and a member disabled after signing in is refused once the memory runs out.
/// </summary>
public sealed class MemberSignInMemoryTests
{
    [Fact]
    public async Task A_sign_in_is_recorded_once_per_day_however_many_requests()
    {
        var clock = new ManualClock();
        using var server = SignInServer.Start(clock);
        var token = server.Token("daily");

        for (var i = 0; i < 3; i++)
        {
            using var response = await server.PostQueryAsync(token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        var member = Assert.IsType<Member>(await server.MemberAsync("daily"));
        Assert.Equal(1, await server.SignInsAsync(member.Id));

        clock.Advance(TimeSpan.FromDays(1));
        using (await server.PostQueryAsync(token))
        {
        }

        using (await server.PostQueryAsync(token))
        {
        }

        Assert.Equal(2, await server.SignInsAsync(member.Id));
        Assert.Equal(clock.GetUtcNow().UtcDateTime.Date, (await server.MemberAsync("daily"))!.LastSeenAt?.Date);
    }

    [Fact]
    public async Task The_first_request_of_an_invited_person_takes_up_the_invitation_and_records_the_sign_in()
    {
        var clock = new ManualClock();
        using var server = SignInServer.Start(clock);
        var admin = await server.MembersAsync(m => m.RegisterAsync("corp|root", "root", "root@corp.example", "Root", MemberKind.Employee, MemberRole.Admin));
        var invited = await server.MembersAsync(m => m.InviteAsync(admin.Id, new NewInvitation("newcomer", "newcomer@example.com", "Newcomer")));
        clock.Advance(TimeSpan.FromDays(2));

        for (var i = 0; i < 2; i++)
        {
            using var response = await server.PostQueryAsync(server.Token("newcomer"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var member = Assert.IsType<Member>(await server.MemberAsync("newcomer"));
        Assert.Equal(invited.Id, member.Id);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, member.FirstSignedInAt);
        Assert.Equal(invited.InvitedAt.AddDays(2), member.FirstSignedInAt);
        Assert.Equal(1, await server.SignInsAsync(member.Id));
    }

    [Fact]
    public async Task A_member_disabled_after_signing_in_is_refused_once_the_memory_runs_out()
    {
        var clock = new ManualClock();
        using var server = SignInServer.Start(clock);
        var token = server.Token("later-disabled");
        using (var first = await server.PostQueryAsync(token))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var member = (await server.MemberAsync("later-disabled"))!;
        var admin = await server.MembersAsync(m => m.RegisterAsync("corp|root", "root", "root@corp.example", "Root", MemberKind.Employee, MemberRole.Admin));
        await server.MembersAsync(m => m.SetEnabledAsync(admin.Id, member.Id, enabled: false));

        clock.Advance(server.SignInSettings.MemberCacheDuration);
        using var refused = await server.PostQueryAsync(token);

        var (status, code, _) = await SignInServer.ErrorAsync(refused);
        Assert.Equal((HttpStatusCode.Forbidden, AuthErrorCodes.NotAuthorized), (status, code));
    }
}
