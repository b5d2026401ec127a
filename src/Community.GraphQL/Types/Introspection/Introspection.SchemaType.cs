namespace Community.GraphQL.Types;

/// <summary><c>__Schema</c>: what a service offers, read from the <see cref="Schema"/> the parent resolved to.</summary>
public static partial class Introspection
{
    private const string SchemaTypeDescription =
        "What a GraphQL service offers: every type it knows, the root types of its operations, and the directives it accepts.";

    private static FieldDefinition[] CreateSchemaFields() =>
    [
        new(
            "description",
            BuiltInScalars.String,
            description: "A description of the service, if it has one.",
            resolver: ctx => Complete(ctx.ParentAs<Schema>().Description)),
        new(
            "types",
            NonNullListOfNonNull(TypeType),
            description: "Every named type of the schema, built-in scalars and introspection types included.",
            resolver: ctx => Complete(IntrospectionTypeOrder.For(ctx.ParentAs<Schema>()))),
        new(
            "queryType",
            NonNull(TypeType),
            description: "The type whose fields are the entry points of queries.",
            resolver: ctx => Complete(ctx.ParentAs<Schema>().QueryType)),
        new(
            "mutationType",
            TypeType,
            description: "The type whose fields are the entry points of mutations; null when the service has none.",
            resolver: ctx => Complete(ctx.ParentAs<Schema>().MutationType)),
        new(
            "subscriptionType",
            TypeType,
            description: "The type whose fields are the entry points of subscriptions; null when the service has none.",
            resolver: ctx => Complete(ctx.ParentAs<Schema>().SubscriptionType)),
        new(
            "directives",
            NonNullListOfNonNull(DirectiveType),
            description: "Every directive the schema declares, the built-in ones included.",
            resolver: ctx => Complete(ctx.ParentAs<Schema>().Directives)),
    ];
}
