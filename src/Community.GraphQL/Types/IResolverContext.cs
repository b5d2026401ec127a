using System.Security.Claims;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>What a resolver sees: its parent value, arguments, the request, and the request's services.</summary>
public interface IResolverContext
{
    /// <summary>The value the parent field resolved to (the root value for root fields).</summary>
    object? Parent { get; }

    T ParentAs<T>();

    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    FieldDefinition Field { get; }

    /// <summary>The field's syntax nodes (several when the same response key is selected more than once).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>The field as the operation selected it, with its subfields; see <see cref="IFieldSelection"/>.</summary>
    IFieldSelection Selection { get; }

    /// <summary>The coerced variables of the request.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The path of this field in the response.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>The coerced arguments: every argument that was given or has a default.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>An argument's coerced value converted to <typeparamref name="T"/>, or default when absent or null.</summary>
    T? Argument<T>(string name);

    /// <summary>True when the argument was given in the document (or by a variable that was given), or has a default.</summary>
    bool HasArgument(string name);

    /// <summary>The request's services (a scope per request in ASP.NET Core).</summary>
    IServiceProvider Services { get; }

    /// <summary>The signed-in user, if the host authenticated the request.</summary>
    ClaimsPrincipal? User { get; }

    /// <summary>Cancelled when the client goes away or the request times out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>State shared by every resolver of the request.</summary>
    IDictionary<string, object?> RequestData { get; }

    /// <summary>Reports an error for this field without failing it (the field's value is kept).</summary>
    void ReportError(GraphQLError error);
}
