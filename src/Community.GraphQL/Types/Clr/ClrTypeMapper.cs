using System.Collections;
using System.Reflection;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Infers a GraphQL type reference from a CLR member: its type, and whether it may be null
/// (nullable reference annotations and <see cref="Nullable{T}"/>). Lists come from arrays and
/// <see cref="IEnumerable{T}"/>; other classes and enums need a GraphQL type bound to them.
/// </summary>
internal sealed class ClrTypeMapper
{
    private const int MaxDepth = 16;

    private static readonly Dictionary<Type, string> ScalarNames = new()
    {
        [typeof(string)] = "String",
        [typeof(char)] = "String",
        [typeof(bool)] = "Boolean",
        [typeof(int)] = "Int",
        [typeof(short)] = "Int",
        [typeof(ushort)] = "Int",
        [typeof(byte)] = "Int",
        [typeof(sbyte)] = "Int",
        [typeof(long)] = "Long",
        [typeof(uint)] = "Long",
        [typeof(float)] = "Float",
        [typeof(double)] = "Float",
        [typeof(decimal)] = "Decimal",
        [typeof(Guid)] = "UUID",
        [typeof(DateTimeOffset)] = "DateTime",
        [typeof(DateTime)] = "DateTime",
        [typeof(DateOnly)] = "Date",
        [typeof(Uri)] = "URL",
    };

    private readonly IReadOnlyDictionary<Type, string> _boundTypes;
    private readonly NullabilityInfoContext _nullability = new();

    public ClrTypeMapper(IReadOnlyDictionary<Type, string> boundTypes) => _boundTypes = boundTypes;

    /// <summary>True when members of this CLR type map to a built-in or extended scalar by default.</summary>
    public static bool HasScalarMapping(Type type) => ScalarNames.ContainsKey(type);

    public static string? ScalarNameOf(Type type) => ScalarNames.GetValueOrDefault(type);

    /// <summary>The type reference for a property or field, or null (with <paramref name="error"/>) when it cannot be inferred.</summary>
    public TypeNode? Map(MemberInfo member, out string? error)
    {
        var info = member switch
        {
            PropertyInfo property => _nullability.Create(property),
            FieldInfo field => _nullability.Create(field),
            _ => throw new ArgumentException("Only properties and fields can be mapped.", nameof(member)),
        };
        return Map(info, 0, out error);
    }

    private TypeNode? Map(NullabilityInfo info, int depth, out string? error)
    {
        error = null;
        var type = info.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null || (!type.IsValueType && info.ReadState != NullabilityState.NotNull);
        type = underlying ?? type;

        TypeNode? inner;
        if (ScalarNames.TryGetValue(type, out var scalar) || _boundTypes.TryGetValue(type, out scalar))
        {
            inner = new NamedTypeNode { Name = new NameNode(scalar) };
        }
        else if (depth < MaxDepth && TryGetElement(info, type, out var element))
        {
            var item = Map(element, depth + 1, out error);
            if (item is null)
            {
                return null;
            }

            inner = new ListTypeNode { Type = item };
        }
        else
        {
            error = $"no GraphQL type is bound to the CLR type {type.Name}";
            return null;
        }

        return nullable ? inner : new NonNullTypeNode { Type = inner };
    }

    private static bool TryGetElement(NullabilityInfo info, Type type, out NullabilityInfo element)
    {
        element = null!;
        if (type.IsArray && info.ElementType is not null)
        {
            element = info.ElementType;
            return true;
        }

        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || !type.IsGenericType)
        {
            return false;
        }

        var arguments = info.GenericTypeArguments;
        if (arguments.Length == 1)
        {
            element = arguments[0];
            return true;
        }

        return false;
    }
}
