using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// <c>String</c>: UTF-8 text. Input accepts only strings; output also writes booleans and
/// numbers as text, as graphql-js does, but refuses any other object.
/// </summary>
internal sealed class StringType : ScalarType
{
    public StringType()
        : base("String", "Text, as a sequence of UTF-8 characters; most often free-form text meant for people to read.")
    {
    }

    public override Type RuntimeType => typeof(string);

    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? s.Value
        : throw new ScalarCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");

    public override object ParseValue(object value) => value is string s
        ? s
        : throw new ScalarCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    public override object Serialize(object value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        _ when NumericValue.TryToDouble(value, out _) => NumericValue.Format(value),
        _ => throw new ScalarCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ToLiteral(object value) => new StringValueNode { Value = (string)ParseValue(value) };
}
