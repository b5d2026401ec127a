namespace Community.GraphQL.Types;

/// <summary><c>__Field</c>: a field of an object or interface, read from its <see cref="FieldDefinition"/>.</summary>
public static partial class Introspection
{
    private const string FieldTypeDescription =
        "A field of an object or interface type: its name, the arguments it takes, the type of its value, and whether it is deprecated.";

    private static FieldDefinition[] CreateFieldFields() =>
    [
        new(
            "name",
            NonNull(BuiltInScalars.String),
            resolver: ctx => Complete(ctx.ParentAs<FieldDefinition>().Name)),
        new(
            "description",
            BuiltInScalars.String,
            resolver: ctx => Complete(ctx.ParentAs<FieldDefinition>().Description)),
        new(
            "args",
            NonNullListOfNonNull(InputValueType),
            [IncludeDeprecatedArgument()],
            "The arguments the field takes, in definition order.",
            resolver: ctx => Complete(WithoutDeprecated(ctx.ParentAs<FieldDefinition>().Arguments, a => a.IsDeprecated, IncludeDeprecated(ctx)))),
        new(
            "type",
            NonNull(TypeType),
            description: "The type of the field's value.",
            resolver: ctx => Complete(ctx.ParentAs<FieldDefinition>().Type)),
        new(
            "isDeprecated",
            NonNull(BuiltInScalars.Boolean),
            description: "True when the field should no longer be used.",
            resolver: ctx => Complete(ctx.ParentAs<FieldDefinition>().IsDeprecated)),
        new(
            "deprecationReason",
            BuiltInScalars.String,
            description: "Why the field should no longer be used and what to use instead; null when it is not deprecated.",
            resolver: ctx => Complete(ctx.ParentAs<FieldDefinition>().DeprecationReason)),
    ];
}
