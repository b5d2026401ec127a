using System.Runtime.CompilerServices;
using Community.GraphQL.Language;

namespace Community.GraphQL.Validation;

/// <summary>
/// Walks an executable document once, depth first and in source order, keeping a
/// <see cref="TypeInfo"/> current and calling every visitor at each node (in parallel, as
/// graphql-js's visitInParallel does). It walks the syntax tree only and never follows a
/// fragment spread, so fragment cycles cannot trap it; its recursion follows the document's
/// nesting, which the parser bounds, and a stack check turns anything deeper into a validation
/// error instead of a crash. Type-system definitions are not walked.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly TypeInfo _typeInfo;
    private readonly ValidationVisitor[] _visitors;

    public DocumentWalker(TypeInfo typeInfo, params ValidationVisitor[] visitors)
    {
        _typeInfo = typeInfo;
        _visitors = visitors;
    }

    public void Walk(DocumentNode document)
    {
        foreach (var visitor in _visitors)
        {
            visitor.EnterDocument(document);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
            }
        }

        foreach (var visitor in _visitors)
        {
            visitor.LeaveDocument(document);
        }
    }

    /// <summary>Walks one operation or fragment definition, as for a document holding only it.</summary>
    public void WalkDefinition(ExecutableDefinitionNode definition)
    {
        if (definition is OperationDefinitionNode operation)
        {
            WalkOperation(operation);
        }
        else if (definition is FragmentDefinitionNode fragment)
        {
            WalkFragmentDefinition(fragment);
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        _typeInfo.Enter(node);
        foreach (var visitor in _visitors)
        {
            visitor.EnterOperationDefinition(node);
        }

        foreach (var variable in node.VariableDefinitions)
        {
            WalkVariableDefinition(variable);
        }

        WalkDirectives(node.Directives, node);
        WalkSelectionSet(node.SelectionSet);

        foreach (var visitor in _visitors)
        {
            visitor.LeaveOperationDefinition(node);
        }

        _typeInfo.Leave(node);
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.Enter(node);
        foreach (var visitor in _visitors)
        {
            visitor.EnterVariableDefinition(node);
        }

        WalkType(node.Type);
        if (node.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        WalkDirectives(node.Directives, node);

        foreach (var visitor in _visitors)
        {
            visitor.LeaveVariableDefinition(node);
        }

        _typeInfo.Leave(node);
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.Enter(node);
        foreach (var visitor in _visitors)
        {
            visitor.EnterFragmentDefinition(node);
        }

        WalkType(node.TypeCondition);
        WalkDirectives(node.Directives, node);
        WalkSelectionSet(node.SelectionSet);

        foreach (var visitor in _visitors)
        {
            visitor.LeaveFragmentDefinition(node);
        }

        _typeInfo.Leave(node);
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        _typeInfo.Enter(node);
        foreach (var visitor in _visitors)
        {
            visitor.EnterSelectionSet(node);
        }

        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        foreach (var visitor in _visitors)
        {
            visitor.LeaveSelectionSet(node);
        }

        _typeInfo.Leave(node);
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.Enter(node);
        foreach (var visitor in _visitors)
        {
            visitor.EnterField(node);
        }

        foreach (var argument in node.Arguments)
        {
            WalkArgument(argument);
        }

        WalkDirectives(node.Directives, node);
        if (node.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet);
        }

        foreach (var visitor in _visitors)
        {
            visitor.LeaveField(node);
        }

        _typeInfo.Leave(node);
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        _typeInfo.Enter(node);
        foreach (var visitor in _visitors)
        {
            visitor.EnterFragmentSpread(node);
        }

        WalkDirectives(node.Directives, node);
        _typeInfo.Leave(node);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.Enter(node);
        foreach (var visitor in _visitors)
        {
            visitor.EnterInlineFragment(node);
        }

        if (node.TypeCondition is { } typeCondition)
        {
            WalkType(typeCondition);
        }

        WalkDirectives(node.Directives, node);
        WalkSelectionSet(node.SelectionSet);

        foreach (var visitor in _visitors)
        {
            visitor.LeaveInlineFragment(node);
        }

        _typeInfo.Leave(node);
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, SyntaxNode owner)
    {
        foreach (var directive in directives)
        {
            _typeInfo.Enter(directive);
            foreach (var visitor in _visitors)
            {
                visitor.EnterDirective(directive, owner);
            }

            foreach (var argument in directive.Arguments)
            {
                WalkArgument(argument);
            }

            foreach (var visitor in _visitors)
            {
                visitor.LeaveDirective(directive);
            }

            _typeInfo.Leave(directive);
        }
    }

    private void WalkArgument(ArgumentNode node)
    {
        _typeInfo.Enter(node);
        foreach (var visitor in _visitors)
        {
            visitor.EnterArgument(node);
        }

        WalkValue(node.Value);

        foreach (var visitor in _visitors)
        {
            visitor.LeaveArgument(node);
        }

        _typeInfo.Leave(node);
    }

    private void WalkType(TypeNode node)
    {
        while (node is not NamedTypeNode)
        {
            node = node switch
            {
                ListTypeNode list => list.Type,
                NonNullTypeNode nonNull => nonNull.Type,
                _ => throw new ArgumentException($"Unknown type node {node.Kind}.", nameof(node)),
            };
        }

        foreach (var visitor in _visitors)
        {
            visitor.EnterNamedType((NamedTypeNode)node);
        }
    }

    private void WalkValue(ValueNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        _typeInfo.Enter(node);
        switch (node)
        {
            case VariableNode variable:
                foreach (var visitor in _visitors)
                {
                    visitor.EnterVariable(variable);
                }

                break;
            case NullValueNode nullValue:
                foreach (var visitor in _visitors)
                {
                    visitor.EnterNullValue(nullValue);
                }

                break;
            case ListValueNode list:
                foreach (var visitor in _visitors)
                {
                    visitor.EnterListValue(list);
                }

                foreach (var item in list.Values)
                {
                    WalkValue(item);
                }

                foreach (var visitor in _visitors)
                {
                    visitor.LeaveListValue(list);
                }

                break;
            case ObjectValueNode objectValue:
                foreach (var visitor in _visitors)
                {
                    visitor.EnterObjectValue(objectValue);
                }

                foreach (var field in objectValue.Fields)
                {
                    WalkObjectField(field);
                }

                foreach (var visitor in _visitors)
                {
                    visitor.LeaveObjectValue(objectValue);
                }

                break;
            default:
                foreach (var visitor in _visitors)
                {
                    visitor.EnterScalarValue(node);
                }

                break;
        }

        _typeInfo.Leave(node);
    }

    private void WalkObjectField(ObjectFieldNode node)
    {
        _typeInfo.Enter(node);
        foreach (var visitor in _visitors)
        {
            visitor.EnterObjectField(node);
        }

        WalkValue(node.Value);

        foreach (var visitor in _visitors)
        {
            visitor.LeaveObjectField(node);
        }

        _typeInfo.Leave(node);
    }
}
