namespace Community.GraphQL.Types;

/// <summary><c>__TypeKind</c>, whose internal values are the members of <see cref="TypeKind"/>.</summary>
public static partial class Introspection
{
    private static EnumType CreateTypeKindType() => new(
        "__TypeKind",
        [
            new("SCALAR", TypeKind.Scalar, "A leaf type such as a string, a number or a boolean; `specifiedByURL` may tell its format."),
            new("OBJECT", TypeKind.Object, "A type with fields, each of which returns a value; `fields` and `interfaces` apply."),
            new("INTERFACE", TypeKind.Interface, "An abstract type listing fields its implementations provide; `fields`, `interfaces` and `possibleTypes` apply."),
            new("UNION", TypeKind.Union, "An abstract type whose values are of one of several object types; `possibleTypes` applies."),
            new("ENUM", TypeKind.Enum, "A leaf type with a fixed set of named values; `enumValues` applies."),
            new("INPUT_OBJECT", TypeKind.InputObject, "A set of named input values given as an argument; `inputFields` applies."),
            new("LIST", TypeKind.List, "A list of values of another type; `ofType` applies."),
            new("NON_NULL", TypeKind.NonNull, "A value of another type that is never null; `ofType` applies."),
        ],
        "The sorts of types that `__Type` describes.");
}
