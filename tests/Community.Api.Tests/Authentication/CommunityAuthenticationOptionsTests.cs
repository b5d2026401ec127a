using Community.Api.Authentication;

namespace Community.Api.Tests.Authentication;

public sealed class CommunityAuthenticationOptionsTests
{
    private const string Key = "a-signing-key-of-thirty-two-bytes!";

    private static readonly Dictionary<string, CommunityAuthenticationOptions> RefusedSettings = new()
    {
        ["short key"] = new() { SigningKey = "short", Issuer = "i", Audience = "a" },
        ["key without issuer"] = new() { SigningKey = Key, Audience = "a" },
        ["key and authority"] = new() { SigningKey = Key, Issuer = "i", Audience = "a", Authority = "https://login.example" },
        ["authority without audience"] = new() { Authority = "https://login.example" },
        ["no e-mail claim"] = new() { Claims = new TokenClaimNames { Email = "" } },
    };

    [Theory]
    [InlineData("short key", "at least 32 bytes")]
    [InlineData("key without issuer", "Authentication:Issuer and Authentication:Audience")]
    [InlineData("key and authority", "not both")]
    [InlineData("authority without audience", "set Authentication:Audience")]
    [InlineData("no e-mail claim", "Authentication:Claims:Email")]
    public void Settings_that_could_never_validate_a_token_are_refused_at_start_naming_the_setting(string settings, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(RefusedSettings[settings].Validate);

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_key_with_issuer_and_audience_or_an_authority_with_audience_or_nothing_at_all_is_accepted()
    {
        new CommunityAuthenticationOptions { SigningKey = Key, Issuer = "i", Audience = "a" }.Validate();
        new CommunityAuthenticationOptions { Authority = "https://login.example", Audience = "a" }.Validate();
        var nothing = new CommunityAuthenticationOptions();
        nothing.Validate();

        Assert.False(nothing.IsConfigured);
    }
}
