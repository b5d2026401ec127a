namespace Community.GraphQL.Types;

/// <summary><c>__Type</c>: one type reference, read from the <see cref="IGraphQLType"/> the parent resolved to.</summary>
public static partial class Introspection
{
    private const string TypeTypeDescription =
        "A type of the schema: a named type (scalar, object, interface, union, enum, input object) or a list or "
        + "non-null wrapper around another type. Which fields apply depends on `kind`; the others are null.";

    private static FieldDefinition[] CreateTypeFields() =>
    [
        new(
            "kind",
            NonNull(TypeKindType),
            description: "Which sort of type this is.",
            resolver: ctx => Complete(ctx.ParentAs<IGraphQLType>().Kind)),
        new(
            "name",
            BuiltInScalars.String,
            description: "The name of a named type; null for lists and non-null wrappers.",
            resolver: ctx => Complete((ctx.Parent as NamedType)?.Name)),
        new(
            "description",
            BuiltInScalars.String,
            description: "The description of a named type, if it has one.",
            resolver: ctx => Complete((ctx.Parent as NamedType)?.Description)),
        new(
            "specifiedByURL",
            BuiltInScalars.String,
            description: "For custom scalars: a URL to the specification of the scalar's format and coercion rules.",
            resolver: ctx => Complete((ctx.Parent as ScalarType)?.SpecifiedByUrl)),
        new(
            "fields",
            ListOfNonNull(FieldType),
            [IncludeDeprecatedArgument()],
            "For objects and interfaces: their fields, in definition order.",
            resolver: ResolveFields),
        new(
            "interfaces",
            ListOfNonNull(TypeType),
            description: "For objects and interfaces: the interfaces they implement.",
            resolver: ctx => Complete((ctx.Parent as ComplexType)?.Interfaces)),
        new(
            "possibleTypes",
            ListOfNonNull(TypeType),
            description: "For interfaces and unions: the object types a value may have.",
            resolver: ResolvePossibleTypes),
        new(
            "enumValues",
            ListOfNonNull(EnumValueType),
            [IncludeDeprecatedArgument()],
            "For enums: their values, in definition order.",
            resolver: ResolveEnumValues),
        new(
            "inputFields",
            ListOfNonNull(InputValueType),
            [IncludeDeprecatedArgument()],
            "For input objects: their fields, in definition order.",
            resolver: ResolveInputFields),
        new(
            "ofType",
            TypeType,
            description: "For lists and non-null wrappers: the type they wrap.",
            resolver: ResolveOfType),
        new(
            "isOneOf",
            BuiltInScalars.Boolean,
            description: "For input objects: true when exactly one of the fields must be given, and not as null (`@oneOf`).",
            resolver: ctx => Complete((ctx.Parent as InputObjectType)?.IsOneOf)),
    ];

    private static ValueTask<object?> ResolveFields(IResolverContext context)
    {
        if (context.Parent is not ComplexType type)
        {
            return Complete(null);
        }

        // The meta-fields are implicit: never listed, even where a builder kept them on the type.
        bool includeDeprecated = IncludeDeprecated(context);
        return Complete(Keep(type.Fields, f => !IsMetaField(f) && (includeDeprecated || !f.IsDeprecated)));
    }

    private static ValueTask<object?> ResolvePossibleTypes(IResolverContext context)
        => context.Parent is InterfaceType or UnionType
            ? Complete(context.Schema.GetPossibleTypes((NamedType)context.Parent))
            : Complete(null);

    private static ValueTask<object?> ResolveEnumValues(IResolverContext context)
        => context.Parent is EnumType type
            ? Complete(WithoutDeprecated(type.Values, v => v.IsDeprecated, IncludeDeprecated(context)))
            : Complete(null);

    private static ValueTask<object?> ResolveInputFields(IResolverContext context)
        => context.Parent is InputObjectType type
            ? Complete(WithoutDeprecated(type.Fields, f => f.IsDeprecated, IncludeDeprecated(context)))
            : Complete(null);

    private static ValueTask<object?> ResolveOfType(IResolverContext context) => context.Parent switch
    {
        ListType list => Complete(list.OfType),
        NonNullType nonNull => Complete(nonNull.OfType),
        _ => Complete(null),
    };
}
