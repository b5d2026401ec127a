using System.Security.Cryptography;
using System.Text;

namespace Community.Api.Webhooks;

/// <summary>
/// Signs a delivery as the Standard Webhooks specification does: HMAC-SHA256, keyed with the secret's
/// bytes, over <c>{id}.{timestamp}.{body}</c>, sent as <c>v1,{base64}</c>; several signatures (during a
/// secret rotation) are separated by spaces, and a receiver accepts the delivery when one matches.
/// </summary>
public static class WebhookSignature
{
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(WebhookSecrets.Prefix, StringComparison.Ordinal) ? secret[WebhookSecrets.Prefix.Length..] : secret);
        var content = Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <summary>The <c>webhook-signature</c> header: one signature per secret that signs now.</summary>
    public static string Header(IEnumerable<string> secrets, string id, long timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => Sign(secret, id, timestamp, body)));

    /// <summary>What a receiver does: whether one of the header's signatures is the secret's (in constant time).</summary>
    public static bool Verify(string secret, string id, long timestamp, string body, string header)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(secret, id, timestamp, body));
        return header.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), expected));
    }
}
