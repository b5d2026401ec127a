namespace Community.GraphQL.Types;

/// <summary>
/// Resolves a field's value. Resolvers that complete synchronously return a completed
/// <see cref="ValueTask{TResult}"/>, which costs no allocation.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>
/// Creates a subscription field's source stream; each item of the stream becomes the root value
/// of one execution of the subscription's selection set.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);
