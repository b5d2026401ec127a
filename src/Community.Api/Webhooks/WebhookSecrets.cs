using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Community.Api.Webhooks;

/// <summary>
/// Signing secrets: made from 32 random bytes in the Standard Webhooks form (<c>whsec_</c> and base64),
/// stored only protected by Data Protection, and read back only to sign.
/// </summary>
internal sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    public const string Prefix = "whsec_";

    private readonly IDataProtector _protector = protection.CreateProtector("Community.Webhooks.SigningSecret");

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
