namespace Community.GraphQL;

/// <summary>The values of <c>extensions.code</c> that the engine itself produces.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document broke a rule of the specification's validation section.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable's value could not be coerced to its declared type.</summary>
    public const string InvalidVariable = "BAD_USER_INPUT";

    /// <summary>An argument's value could not be coerced at execution.</summary>
    public const string InvalidArgument = "BAD_USER_INPUT";

    /// <summary>No operation could be chosen (unknown name, or several operations and no name).</summary>
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The request itself is malformed (no query, variables not an object, ...).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A resolver threw an exception that was not a <see cref="GraphQLException"/>.</summary>
    public const string UnexpectedError = "UNEXPECTED_EXECUTION_ERROR";

    /// <summary>A leaf value could not be serialized as its scalar or enum type.</summary>
    public const string InvalidResultValue = "INVALID_RESULT_VALUE";

    /// <summary>A non-null field resolved to null.</summary>
    public const string NonNullViolation = "NON_NULL_VIOLATION";

    /// <summary>The document is larger than allowed (length, tokens, depth, fields...).</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The operation goes deeper than the execution depth limit.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";


    /// <summary>The request ran past its execution timeout.</summary>
    public const string Timeout = "EXECUTION_TIMEOUT";


    /// <summary>Introspection was asked for while it is disabled.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The operation is not an allowed persisted operation.</summary>
    public const string PersistedOperationNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The subscription's event stream could not be created.</summary>
    public const string SubscriptionFailed = "SUBSCRIPTION_FAILED";

    /// <summary>The operation's estimated field or type cost is over the limit (HotChocolate's code for it).</summary>
    public const string CostExceeded = "HC0047";

    /// <summary>A field's <c>@listSize</c> requires exactly one slicing argument and the operation gave none or several (HotChocolate's code for it).</summary>
    public const string OneSlicingArgumentRequired = "HC0082";
}
