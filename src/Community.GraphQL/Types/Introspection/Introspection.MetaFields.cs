namespace Community.GraphQL.Types;

/// <summary>The meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>.</summary>
public static partial class Introspection
{
    private static FieldDefinition CreateSchemaField() => new(
        "__schema",
        NonNull(SchemaType),
        description: "Describes the schema of this service: its types, root types and directives.",
        resolver: ctx => Complete(ctx.Schema));

    private static FieldDefinition CreateTypeField() => new(
        "__type",
        TypeType,
        [new ArgumentDefinition("name", NonNull(BuiltInScalars.String), "The name of the type to describe.")],
        "Describes the named type; null when the schema has no type of that name.",
        resolver: ctx => Complete(ctx.Argument<string>("name") is { } name ? ctx.Schema.GetType(name) : null));

    private static FieldDefinition CreateTypeNameField() => new(
        "__typename",
        NonNull(BuiltInScalars.String),
        description: "The name of the object type of this value.",
        resolver: ctx => Complete(ctx.ObjectType.Name));
}
