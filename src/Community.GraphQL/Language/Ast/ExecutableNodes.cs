namespace Community.GraphQL.Language;

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>The three operation types.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary><c>query Name($v: T) @d { ... }</c>, or the shorthand <c>{ ... }</c>.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>Documentation for readers of the document (September 2025 edition); never on the shorthand form.</summary>
    public StringValueNode? Description { get; init; }

    public required OperationType Operation { get; init; }

    public NameNode? Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}

/// <summary><c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    /// <summary>Documentation for readers of the document (September 2025 edition).</summary>
    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}

/// <summary><c>{ selection* }</c>.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public required IReadOnlyList<SelectionNode> Selections { get; init; }

    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

/// <summary>A field, a fragment spread or an inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>alias: name(arguments) @directives { ... }</c>.</summary>
public sealed class FieldNode : SelectionNode
{
    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key of this field in the response: the alias if any, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    public override SyntaxKind Kind => SyntaxKind.Field;
}

/// <summary><c>name: value</c> in a field or directive.</summary>
public sealed class ArgumentNode : SyntaxNode
{
    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }

    public override SyntaxKind Kind => SyntaxKind.Argument;
}

/// <summary><c>...FragmentName @directives</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public required NameNode Name { get; init; }

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}

/// <summary><c>... on Type @directives { ... }</c>; the type condition is optional.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }

    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}

/// <summary><c>fragment Name on Type @directives { ... }</c>.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>Documentation for readers of the document (September 2025 edition).</summary>
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}

/// <summary><c>@name(arguments)</c>.</summary>
public sealed class DirectiveNode : SyntaxNode
{
    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public override SyntaxKind Kind => SyntaxKind.Directive;
}
