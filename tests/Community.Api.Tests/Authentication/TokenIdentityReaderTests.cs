using System.Security.Claims;
using Community.Api.Authentication;
using Community.Domain.Model;

namespace Community.Api.Tests.Authentication;

public sealed class TokenIdentityReaderTests
{
    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "reader", "Employees" }, null)]
    [InlineData(new[] { "member" }, MemberRole.Member)]
    [InlineData(new[] { "Analyst", "member" }, MemberRole.Analyst)]
    [InlineData(new[] { "analyst", "MODERATOR" }, MemberRole.Moderator)]
    [InlineData(new[] { "moderator", "admin", "guest" }, MemberRole.Admin)]
    public void The_strongest_community_role_named_wins_and_none_keeps_the_stored_one(string[] roles, MemberRole? expected)
    {
        var principal = Principal([("sub", "s"), ("email", "a@b.example"), .. roles.Select(r => ("roles", r))]);

        var identity = TokenIdentityReader.Read(principal, new TokenClaimNames(), out _);

        Assert.Equal(expected, identity!.Role);
        Assert.Equal(roles.Contains("guest"), identity.IsGuest);
    }

    [Fact]
    public void Configured_claim_names_are_the_ones_read()
    {
        var names = new TokenClaimNames
        {
            Subject = "oid",
            Name = "display_name",
            Email = "upn",
            Department = "dept",
            Title = "job",
            Roles = "groups",
            Guest = "acct",
            GuestValue = "1",
        };
        var principal = Principal([
            ("sub", "ignored"), ("oid", "0f3c"), ("upn", "Kim@Corp.example"), ("display_name", "Kim Lee"), ("dept", "Legal"), ("job", "Counsel"),
            ("groups", "admin"), ("acct", "1"), ("roles", "guest")]);

        var identity = TokenIdentityReader.Read(principal, names, out var problem);

        Assert.Null(problem);
        Assert.Equal(new Domain.Services.ExternalIdentity("0f3c", "Kim@Corp.example", "Kim Lee", IsGuest: true, Department: "Legal", Title: "Counsel",
            Role: MemberRole.Admin), identity);
    }

    [Fact]
    public void Without_a_name_the_e_mail_local_part_names_the_member()
    {
        var identity = TokenIdentityReader.Read(Principal([("sub", "s"), ("email", "jo.smith@corp.example")]), new TokenClaimNames(), out _);

        Assert.Equal("jo.smith", identity!.DisplayName);
    }

    [Theory]
    [InlineData("sub", "'sub' claim")]
    [InlineData("email", "'email' claim")]
    public void A_token_without_subject_or_email_names_no_member(string missing, string expected)
    {
        var principal = Principal(new[] { ("sub", "s"), ("email", "a@b.example") }.Where(c => c.Item1 != missing).ToArray());

        var identity = TokenIdentityReader.Read(principal, new TokenClaimNames(), out var problem);

        Assert.Null(identity);
        Assert.Contains(expected, problem);
    }

    private static ClaimsPrincipal Principal((string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
