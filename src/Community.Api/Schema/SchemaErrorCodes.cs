namespace Community.Api.Schema;

/// <summary>The <c>extensions.code</c> of errors the community schema raises itself (domain refusals are payload errors).</summary>
internal static class SchemaErrorCodes
{
    /// <summary>No signed-in member.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The signed-in member may not see or do this.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>An id that is malformed, or names another type than the argument expects.</summary>
    public const string InvalidId = "ID_INVALID";

    /// <summary>More ids than <c>nodes</c> accepts.</summary>
    public const string TooManyIds = "TOO_MANY_IDS";

    /// <summary>A period that ends before it starts, or is longer than the field allows.</summary>
    public const string InvalidPeriod = "INVALID_PERIOD";

    /// <summary>An id naming nothing the viewer may see: it does not exist, or the viewer may not know it does.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>An argument outside the range the field accepts.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A post that is not an announcement where only announcements make sense (their coverage).</summary>
    public const string NotAnAnnouncement = "NOT_AN_ANNOUNCEMENT";

    /// <summary>Search text that is empty, only white space, or too long.</summary>
    public const string SearchTextInvalid = "SEARCH_TEXT_INVALID";
}
