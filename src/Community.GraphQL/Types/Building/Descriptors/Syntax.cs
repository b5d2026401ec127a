using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>Small constructors for the syntax nodes code-first descriptors produce.</summary>
internal static class Syntax
{
    public static NameNode Name(string name) => new(name);

    public static StringValueNode? Description(string? text) => text is null ? null : new StringValueNode { Value = text, Block = text.Contains('\n', StringComparison.Ordinal) };

    public static TypeNode Type(string typeReference) => Parser.ParseType(typeReference);

    public static DirectiveNode Deprecated(string reason) => new()
    {
        Name = Name("deprecated"),
        Arguments = [new ArgumentNode { Name = Name("reason"), Value = new StringValueNode { Value = reason } }],
    };

    /// <summary><c>@name(arguments)</c>, the arguments read from a dictionary or the public properties of an object.</summary>
    public static DirectiveNode Directive(string name, object? arguments)
    {
        if (arguments is null)
        {
            return new DirectiveNode { Name = Name(name) };
        }

        if (ClrLiteralConverter.ToLiteral(arguments) is not ObjectValueNode fields)
        {
            throw new ArgumentException("Directive arguments must be given as an object or a dictionary.", nameof(arguments));
        }

        return new DirectiveNode
        {
            Name = Name(name),
            Arguments = fields.Fields.Select(f => new ArgumentNode { Name = f.Name, Value = f.Value }).ToArray(),
        };
    }
}
