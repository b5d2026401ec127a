using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary><c>Boolean</c>: true or false. Output also turns a number into <c>number != 0</c>, as graphql-js does.</summary>
internal sealed class BooleanType : ScalarType
{
    public BooleanType()
        : base("Boolean", "Either true or false.")
    {
    }

    public override Type RuntimeType => typeof(bool);

    public override object ParseLiteral(ValueNode literal) => literal is BooleanValueNode b
        ? b.Value
        : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");

    public override object ParseValue(object value) => value is bool b
        ? b
        : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

    public override object Serialize(object value) => value switch
    {
        bool b => b,
        _ when NumericValue.TryToDouble(value, out var number) => number != 0,
        _ => throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ToLiteral(object value) => new BooleanValueNode { Value = (bool)ParseValue(value) };
}
