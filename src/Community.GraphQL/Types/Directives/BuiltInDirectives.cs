using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// The directives every schema declares: <c>@skip</c>, <c>@include</c>, <c>@deprecated</c>,
/// <c>@specifiedBy</c> and <c>@oneOf</c>. Every schema shares these instances, unless its SDL
/// declares a directive of the same name.
/// </summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new ArgumentDefinition("if", new NonNullType(BuiltInScalars.Boolean), "When true, the field or fragment is left out.")],
        "Leaves the field or fragment out of the result when the `if` argument is true.");

    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new ArgumentDefinition("if", new NonNullType(BuiltInScalars.Boolean), "When false, the field or fragment is left out.")],
        "Keeps the field or fragment in the result only when the `if` argument is true.");

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        [
            new ArgumentDefinition(
                "reason",
                new NonNullType(BuiltInScalars.String),
                "Why the element should no longer be used and what to use instead, in Markdown.",
                new StringValueNode { Value = DefaultDeprecationReason })
            {
                CoercedDefaultValue = DefaultDeprecationReason,
            },
        ],
        "Marks an element of the schema as no longer supported, so that tools can warn its users.");

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new ArgumentDefinition("url", new NonNullType(BuiltInScalars.String), "Where the scalar's specification can be read.")],
        "Gives the URL of the document that specifies how a custom scalar behaves.");

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        description: "Requires that exactly one field of the input object is given, and that it is not null.");

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True when <paramref name="name"/> names one of the five.</summary>
    public static bool IsBuiltIn(string name) => name is "skip" or "include" or "deprecated" or "specifiedBy" or "oneOf";
}
