namespace Community.GraphQL.Types;

/// <summary>The five scalars of the specification. Every schema shares these instances.</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new IntType();

    public static ScalarType Float { get; } = new FloatType();

    public static ScalarType String { get; } = new StringType();

    public static ScalarType Boolean { get; } = new BooleanType();

    public static ScalarType ID { get; } = new IdType();

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>True when <paramref name="name"/> names one of the five.</summary>
    public static bool IsBuiltIn(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    /// <summary>The built-in scalar of that name, or null.</summary>
    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
