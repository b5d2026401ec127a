using Community.Domain.Errors;
using Community.Domain.Model;

namespace Community.Domain.Services;

/// <summary>What a webhook's address must be: absolute, https (http only where the host allows it, such as in development), without credentials.</summary>
internal static class WebhookUrls
{
    public static string Validate(string? url, bool allowHttp)
    {
        var text = Guard.Text(url, "url", Webhook.UrlMaxLength);
        var valid = Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp))
            && string.IsNullOrEmpty(uri.UserInfo);
        Guard.Against(!valid, DomainErrors.InvalidInput("url", allowHttp
            ? "give an absolute http or https address without credentials."
            : "give an absolute https address without credentials (http is refused outside development)."));
        return uri!.AbsoluteUri;
    }
}
