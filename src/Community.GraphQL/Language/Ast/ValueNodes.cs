namespace Community.GraphQL.Language;

/// <summary>A literal value or a variable reference.</summary>
public abstract class ValueNode : SyntaxNode
{
}

/// <summary><c>$name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    public required NameNode Name { get; init; }

    public override SyntaxKind Kind => SyntaxKind.Variable;
}

/// <summary>An integer literal, kept as its source text so no precision is lost before coercion.</summary>
public sealed class IntValueNode : ValueNode
{
    public required string Value { get; init; }

    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    public required string Value { get; init; }

    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>A string literal: <see cref="Value"/> is the cooked value; <see cref="Block"/> tells a <c>"""block"""</c>.</summary>
public sealed class StringValueNode : ValueNode
{
    public required string Value { get; init; }

    public bool Block { get; init; }

    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : ValueNode
{
    public required bool Value { get; init; }

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

/// <summary><c>null</c>.</summary>
public sealed class NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>An enum value: a name other than true, false or null.</summary>
public sealed class EnumValueNode : ValueNode
{
    public required string Value { get; init; }

    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

/// <summary><c>[ value* ]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    public required IReadOnlyList<ValueNode> Values { get; init; }

    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

/// <summary><c>{ name: value* }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

/// <summary>One <c>name: value</c> of an object literal.</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }

    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
