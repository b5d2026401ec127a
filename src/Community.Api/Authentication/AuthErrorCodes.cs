namespace Community.Api.Authentication;

/// <summary>The <c>extensions.code</c> of refused requests: nobody signed in, or a signed-in person who may not do this.</summary>
public static class AuthErrorCodes
{
    /// <summary>No valid token: answered 401 over HTTP.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>A valid token whose person may not proceed (for example a member disabled in the community): 403.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
