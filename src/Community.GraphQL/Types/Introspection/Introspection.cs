namespace Community.GraphQL.Types;

/// <summary>
/// The introspection system: the <c>__Schema</c>, <c>__Type</c>... types that every schema
/// contains, and the implicit meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>.
/// </summary>
/// <remarks>
/// The types are shared by every schema, so they are built once, by the static constructor (the
/// runtime runs it exactly once, thread-safely). They depend on the built-in <c>String</c> and
/// <c>Boolean</c> scalars and nothing depends back on them, so initialization cannot cycle.
/// Every resolver reads the model object its parent resolved to and completes synchronously.
/// </remarks>
public static partial class Introspection
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    static Introspection()
    {
        SchemaType = new ObjectType("__Schema", SchemaTypeDescription);
        DirectiveType = new ObjectType("__Directive", DirectiveTypeDescription);
        DirectiveLocationType = CreateDirectiveLocationType();
        TypeType = new ObjectType("__Type", TypeTypeDescription);
        FieldType = new ObjectType("__Field", FieldTypeDescription);
        InputValueType = new ObjectType("__InputValue", InputValueTypeDescription);
        EnumValueType = new ObjectType("__EnumValue", EnumValueTypeDescription);
        TypeKindType = CreateTypeKindType();

        SchemaType.Define(CreateSchemaFields(), []);
        DirectiveType.Define(CreateDirectiveFields(), []);
        TypeType.Define(CreateTypeFields(), []);
        FieldType.Define(CreateFieldFields(), []);
        InputValueType.Define(CreateInputValueFields(), []);
        EnumValueType.Define(CreateEnumValueFields(), []);

        Types =
        [
            SchemaType,
            DirectiveType,
            DirectiveLocationType,
            TypeType,
            FieldType,
            InputValueType,
            EnumValueType,
            TypeKindType,
        ];

        SchemaField = CreateSchemaField();
        TypeField = CreateTypeField();
        TypeNameField = CreateTypeNameField();
    }

    /// <summary>The introspection types, added to every schema.</summary>
    public static IReadOnlyList<NamedType> Types { get; }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary><c>__typename: String!</c>, available on every composite type.</summary>
    public static FieldDefinition TypeNameField { get; }

    internal static ObjectType SchemaType { get; }

    internal static ObjectType DirectiveType { get; }

    internal static EnumType DirectiveLocationType { get; }

    internal static ObjectType TypeType { get; }

    internal static ObjectType FieldType { get; }

    internal static ObjectType InputValueType { get; }

    internal static ObjectType EnumValueType { get; }

    internal static EnumType TypeKindType { get; }

    /// <summary>True for the types of the introspection system (<c>__Schema</c>, <c>__Type</c>...).</summary>
    public static bool IsIntrospectionType(NamedType type)
    {
        foreach (var introspectionType in Types)
        {
            if (ReferenceEquals(introspectionType, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for <c>__schema</c>, <c>__type</c> and <c>__typename</c>.</summary>
    public static bool IsMetaField(FieldDefinition field)
        => ReferenceEquals(field, SchemaField) || ReferenceEquals(field, TypeField) || ReferenceEquals(field, TypeNameField);

    private static ValueTask<object?> Complete(object? value) => new(value);

    private static ValueTask<object?> Complete(bool value) => new(value ? BoxedTrue : BoxedFalse);

    private static ValueTask<object?> Complete(bool? value) => new(value is { } flag ? (flag ? BoxedTrue : BoxedFalse) : null);

    private static IGraphQLType NonNull(IGraphQLType type) => new NonNullType(type);

    private static IGraphQLType NonNullListOfNonNull(IGraphQLType type) => new NonNullType(new ListType(new NonNullType(type)));

    private static IGraphQLType ListOfNonNull(IGraphQLType type) => new ListType(new NonNullType(type));

    /// <summary>
    /// <c>includeDeprecated: Boolean! = false</c>, taken by the fields that list deprecatable members
    /// (non-null since the September 2025 edition: an explicit null is refused, not read as false).
    /// Without a description, so the printed introspection schema keeps these arguments on one line.
    /// </summary>
    private static ArgumentDefinition IncludeDeprecatedArgument() =>
        new(
            "includeDeprecated",
            NonNull(BuiltInScalars.Boolean),
            defaultValue: new Language.BooleanValueNode { Value = false })
        {
            CoercedDefaultValue = BoxedFalse,
        };

    private static bool IncludeDeprecated(IResolverContext context) => context.Argument<bool>("includeDeprecated");

    /// <summary>The members that are not deprecated, or all of them when deprecated ones were asked for too.</summary>
    private static IReadOnlyList<T> WithoutDeprecated<T>(IReadOnlyList<T> members, Func<T, bool> isDeprecated, bool includeDeprecated)
        => includeDeprecated ? members : Keep(members, m => !isDeprecated(m));

    /// <summary>The members that pass <paramref name="keep"/>; the list itself (no copy) when all of them do.</summary>
    private static IReadOnlyList<T> Keep<T>(IReadOnlyList<T> members, Func<T, bool> keep)
    {
        foreach (var member in members)
        {
            if (!keep(member))
            {
                return members.Where(keep).ToArray();
            }
        }

        return members;
    }
}
