using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// A leaf type with its three coercions: input from a literal, input from a variable's value,
/// and output (result) coercion. Failures throw <see cref="ScalarCoercionException"/>, whose
/// message the engine places in a GraphQL error.
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description) => SpecifiedByUrl = specifiedByUrl;

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification, shown by introspection and <c>@specifiedBy</c>.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>The CLR type of the internal value (used to choose a scalar for a CLR property).</summary>
    public abstract Type RuntimeType { get; }

    /// <summary>Coerces a literal (never a variable, never null) to the internal value.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>
    /// Coerces a variable's value (never null) to the internal value. Variable values are JSON
    /// values as the transport decoded them: string, bool, int, long, double, decimal, lists and
    /// string-keyed dictionaries.
    /// </summary>
    public abstract object ParseValue(object value);

    /// <summary>Coerces an internal value (never null) to a JSON-writable result: string, bool, a number.</summary>
    public abstract object Serialize(object value);

    /// <summary>The literal that stands for an internal value (for default values in SDL and introspection).</summary>
    public abstract ValueNode ToLiteral(object value);
}

/// <summary>A value could not be coerced to or from a scalar or enum; the message is shown to clients.</summary>
public sealed class ScalarCoercionException : Exception
{
    public ScalarCoercionException(string message)
        : base(message)
    {
    }
}
