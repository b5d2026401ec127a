namespace Community.GraphQL.Execution.Processing;

/// <summary>The compiled member getter of one parent type (null when the type has no such member).</summary>
internal sealed record CachedGetter(Type Type, Func<object, object?>? Getter);
