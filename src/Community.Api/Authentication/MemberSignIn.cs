using System.Collections.Concurrent;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Authentication;

/// <summary>
/// Turns a token's identity into a member, remembering the answer per subject so a request does not cost a database
/// transaction: the domain is asked again only when the token's claims differ from the remembered ones, when the
/// remembered sign-in was on an earlier day (a sign-in is recorded once per day), or after
/// <see cref="CommunityAuthenticationOptions.MemberCacheDuration"/> (so a member disabled in the community is refused soon).
/// </summary>
internal sealed class MemberSignIn(IServiceScopeFactory scopes, TimeProvider clock, CommunityAuthenticationOptions options)
{
    /// <summary>More subjects than this and the memory is cleared: each is then asked once more, which is cheap.</summary>
    private const int MaxRemembered = 100_000;

    private readonly ConcurrentDictionary<string, Remembered> _bySubject = new(StringComparer.Ordinal);

    public async Task<SignInOutcome> SignInAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_bySubject.TryGetValue(identity.Subject, out var remembered)
            && remembered.Identity == identity
            && now - remembered.CheckedAt < options.MemberCacheDuration
            && (remembered.SignedInDay == now.Date || remembered.Outcome.Refusal is not null))
        {
            return remembered.Outcome;
        }

        SignInOutcome outcome;
        await using (var scope = scopes.CreateAsyncScope())
        {
            try
            {
                var member = await scope.ServiceProvider.GetRequiredService<MemberService>().SignInAsync(identity, cancellationToken);
                outcome = member.IsEnabled
                    ? new SignInOutcome(member.Id, member.Role, member.IsGuest, null)
                    : SignInOutcome.Refused($"Member @{member.Handle} is disabled in the community; an admin must enable the account first.");
            }
            catch (DomainException error)
            {
                outcome = SignInOutcome.Refused($"The token's person cannot be a member: {error.Message}");
            }
        }

        if (_bySubject.Count >= MaxRemembered)
        {
            _bySubject.Clear();
        }

        _bySubject[identity.Subject] = new Remembered(identity, outcome, now, now.Date);
        return outcome;
    }

    private sealed record Remembered(ExternalIdentity Identity, SignInOutcome Outcome, DateTime CheckedAt, DateTime SignedInDay);
}

/// <summary>The member a token signed in, or why its person is refused (<see cref="Refusal"/> set, no member).</summary>
internal sealed record SignInOutcome(long MemberId, MemberRole Role, bool IsGuest, string? Refusal)
{
    public static SignInOutcome Refused(string reason) => new(0, MemberRole.Member, false, reason);
}
