using System.Security.Claims;
using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.GraphQL.Data.EntityFramework;

/// <summary>A resolver's context that also carries the field's own <see cref="Microsoft.EntityFrameworkCore.DbContext"/>.</summary>
internal sealed class DbContextResolverContext(IResolverContext inner, DbContext dbContext) : IResolverContext
{
    public DbContext DbContext { get; } = dbContext;

    public object? Parent => inner.Parent;

    public Schema Schema => inner.Schema;

    public ObjectType ObjectType => inner.ObjectType;

    public FieldDefinition Field => inner.Field;

    public IReadOnlyList<FieldNode> FieldNodes => inner.FieldNodes;

    public OperationDefinitionNode Operation => inner.Operation;

    public IFieldSelection Selection => inner.Selection;

    public IReadOnlyDictionary<string, object?> Variables => inner.Variables;

    public IReadOnlyList<object> Path => inner.Path;

    public IReadOnlyDictionary<string, object?> Arguments => inner.Arguments;

    public IServiceProvider Services => inner.Services;

    public ClaimsPrincipal? User => inner.User;

    public CancellationToken CancellationToken => inner.CancellationToken;

    public IDictionary<string, object?> RequestData => inner.RequestData;

    public T ParentAs<T>() => inner.ParentAs<T>();

    public T? Argument<T>(string name) => inner.Argument<T>(name);

    public bool HasArgument(string name) => inner.HasArgument(name);

    public void ReportError(GraphQLError error) => inner.ReportError(error);
}
