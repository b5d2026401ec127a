using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema elements at the current node: the parent
/// composite type, the field definition and its output type, the expected input type and its
/// default, the argument, the directive, and the enum value. Unknown elements are null, so rules
/// that depend on them stay silent and the rule that owns the problem reports it once.
/// </summary>
internal sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IGraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<IGraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public TypeInfo(Schema schema) => _schema = schema;

    /// <summary>The output type of the current field, operation root or fragment.</summary>
    public IGraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at the current argument, variable definition, list item or input field.</summary>
    public IGraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type enclosing <see cref="InputType"/> (the list or input object holding it).</summary>
    public IGraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => Peek(_fieldDefinitionStack);

    /// <summary>The default of the current argument or input field, if it has one.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public ArgumentDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type is { } type ? type.NamedType() : null;
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var definition = ParentType is { } parent ? FindFieldDefinition(_schema, parent, field.Name.Value) : null;
                _fieldDefinitionStack.Add(definition);
                _typeStack.Add(definition?.Type);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                _typeStack.Add(inline.TypeCondition is { } condition ? AsOutputType(TypeFromAst.Resolve(_schema, condition)) : Type?.NamedType());
                break;
            case FragmentDefinitionNode fragment:
                _typeStack.Add(AsOutputType(TypeFromAst.Resolve(_schema, fragment.TypeCondition)));
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(AsInputType(TypeFromAst.Resolve(_schema, variable.Type)));
                break;
            case ArgumentNode argumentNode:
                var argument = Directive is { } directiveDefinition
                    ? directiveDefinition.GetArgument(argumentNode.Name.Value)
                    : FieldDefinition?.GetArgument(argumentNode.Name.Value);
                Argument = argument;
                _defaultValueStack.Add(argument?.DefaultValue);
                _inputTypeStack.Add(argument is null ? null : AsInputType(argument.Type));
                break;
            case ListValueNode:
                var listType = InputType?.Nullable();
                // As graphql-js 17: items of a list literal have no input type unless a list is expected.
                var itemType = listType is ListType list ? list.OfType : null;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(AsInputType(itemType));
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.NamedType() is InputObjectType inputObject ? inputObject.GetField(objectField.Name.Value) : null;
                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField is null ? null : AsInputType(inputField.Type));
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.NamedType() is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefinitionStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of a field selected on <paramref name="parentType"/>, meta-fields included:
    /// <c>__typename</c> on every composite type, <c>__schema</c> and <c>__type</c> on the query root only.
    /// </summary>
    public static FieldDefinition? FindFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename" && parentType.IsCompositeType())
            {
                return Introspection.TypeNameField;
            }

            if (ReferenceEquals(parentType, schema.QueryType))
            {
                if (fieldName == "__schema")
                {
                    return Introspection.SchemaField;
                }

                if (fieldName == "__type")
                {
                    return Introspection.TypeField;
                }
            }
        }

        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    private static IGraphQLType? AsOutputType(IGraphQLType? type) => type is not null && type.IsOutputType() ? type : null;

    private static IGraphQLType? AsInputType(IGraphQLType? type) => type is not null && type.IsInputType() ? type : null;

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
