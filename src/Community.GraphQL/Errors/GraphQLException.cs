namespace Community.GraphQL;

/// <summary>
/// Thrown by resolvers (and the engine) to report errors that clients are meant to read: the
/// errors are reported as they are, where any other exception is masked as an unexpected error.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : base(error.Message) => Errors = [error];

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error") => Errors = errors;

    public GraphQLException(string message, string code)
        : this(GraphQLError.Coded(message, code))
    {
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
