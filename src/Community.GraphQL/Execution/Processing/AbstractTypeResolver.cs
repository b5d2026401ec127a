using System.Collections.Concurrent;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Processing;

/// <summary>
/// Finds the object type of a value of an interface or union: the type's <c>ResolveType</c>,
/// else a <c>__typename</c> entry, else the possible types' <c>IsTypeOf</c>, else the possible
/// type whose <see cref="ObjectType.RuntimeType"/> matches the value's CLR type (cached per CLR type).
/// </summary>
internal sealed class AbstractTypeResolver
{
    private readonly Schema _schema;
    private readonly ConcurrentDictionary<(NamedType Abstract, Type Clr), ObjectType?> _byClrType = new();

    public AbstractTypeResolver(Schema schema) => _schema = schema;

    /// <summary>The object type, or null with <paramref name="error"/> set.</summary>
    public ObjectType? Resolve(NamedType abstractType, object value, IResolverContext context, out string? error)
    {
        error = null;
        var resolveType = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };

        ObjectType? resolved;
        if (resolveType is not null)
        {
            resolved = resolveType(value, context);
        }
        else if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var typeName) && typeName is string name)
        {
            // A named type that is missing or not an object type gets graphql-js's specific message.
            switch (_schema.GetType(name))
            {
                case ObjectType objectType:
                    resolved = objectType;
                    break;
                case null:
                    error = $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.";
                    return null;
                default:
                    error = $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".";
                    return null;
            }
        }
        else
        {
            resolved = ByIsTypeOf(abstractType, value) ?? _byClrType.GetOrAdd((abstractType, value.GetType()), key => ByRuntimeType(key.Abstract, key.Clr));
        }

        if (resolved is null)
        {
            error = $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.ObjectType.Name}.{context.Field.Name}\". "
                + $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.";
            return null;
        }

        if (!_schema.IsPossibleType(abstractType, resolved))
        {
            error = $"Runtime Object type \"{resolved.Name}\" is not a possible type for \"{abstractType.Name}\".";
            return null;
        }

        return resolved;
    }

    private ObjectType? ByIsTypeOf(NamedType abstractType, object value)
    {
        foreach (var possible in _schema.GetPossibleTypes(abstractType))
        {
            if (possible.IsTypeOf is { } isTypeOf && isTypeOf(value))
            {
                return possible;
            }
        }

        return null;
    }

    private ObjectType? ByRuntimeType(NamedType abstractType, Type clrType)
    {
        ObjectType? assignable = null;
        foreach (var possible in _schema.GetPossibleTypes(abstractType))
        {
            if (possible.RuntimeType == clrType)
            {
                return possible;
            }

            if (assignable is null && possible.RuntimeType is { } runtimeType && runtimeType.IsAssignableFrom(clrType))
            {
                assignable = possible;
            }
        }

        return assignable;
    }
}
