using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every literal value fits the input type expected where it stands: leaves parse as their scalar
/// or enum, input objects name only their fields and give every required one, oneOf input
/// objects give exactly one non-null field, and null stands only in nullable positions.
/// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
/// </summary>
internal sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type";

    public const string FieldNamesSpecifiedBy = "https://spec.graphql.org/September2025/#sec-Input-Object-Field-Names";

    public const string RequiredFieldsSpecifiedBy = "https://spec.graphql.org/September2025/#sec-Input-Object-Required-Fields";

    public static readonly ValidationRule Rule = new(nameof(ValuesOfCorrectTypeRule), SpecifiedBy, c => new ValuesOfCorrectTypeRule(c));

    // A list or object already reported as a whole: values inside it are not checked again.
    private ValueNode? _skipped;

    // The input objects entered, innermost last: messages about a field print its whole object.
    private readonly Stack<ObjectValueNode> _objects = new();

    public override void EnterListValue(ListValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        // TypeInfo already stands on the items; the parent input type is the list's own.
        if (Context.ParentInputType is { } listPosition && listPosition.Nullable() is not ListType)
        {
            CheckLeaf(node, listPosition);
            _skipped = node;
        }
    }

    public override void LeaveListValue(ListValueNode node) => EndSkip(node);

    public override void EnterObjectValue(ObjectValueNode node)
    {
        _objects.Push(node);
        if (_skipped is not null)
        {
            return;
        }

        if (Context.InputType?.NamedType() is not InputObjectType type)
        {
            CheckLeaf(node, Context.InputType);
            _skipped = node;
            return;
        }

        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            given.TryAdd(field.Name.Value, field);
        }

        foreach (var field in type.Fields)
        {
            if (!given.ContainsKey(field.Name) && field.Type.IsNonNull() && !field.HasDefaultValue)
            {
                ReportFor(RequiredFieldsSpecifiedBy, ValidationErrors.MissingInputField(type.Name, field.Name, Printer.Print(node)), node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type, given);
        }
    }

    public override void LeaveObjectValue(ObjectValueNode node)
    {
        _objects.Pop();
        EndSkip(node);
    }

    public override void EnterObjectField(ObjectFieldNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        if (Context.InputType is null && Context.ParentInputType?.NamedType() is InputObjectType parentType)
        {
            var suggestions = SuggestionList.For(node.Name.Value, parentType.Fields.Select(f => f.Name));
            var printedObject = _objects.TryPeek(out var parent) ? Printer.Print(parent) : "{}";
            ReportFor(FieldNamesSpecifiedBy, ValidationErrors.UnknownInputField(node.Name.Value, parentType.Name, suggestions, printedObject), node);
        }
    }

    public override void EnterNullValue(NullValueNode node)
    {
        if (_skipped is null && Context.InputType is NonNullType type)
        {
            Report(ValidationErrors.NullForNonNull(type), node);
        }
    }

    public override void EnterScalarValue(ValueNode node)
    {
        if (_skipped is null)
        {
            CheckLeaf(node, Context.InputType);
        }
    }

    private void EndSkip(ValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }

    /// <summary>Checks a value where a leaf type may be expected; anything else there is reported as a whole.</summary>
    private void CheckLeaf(ValueNode node, IGraphQLType? locationType)
    {
        if (locationType is null)
        {
            return;
        }

        switch (locationType.NamedType())
        {
            case EnumType enumType:
                CheckEnum(node, enumType);
                break;
            case ScalarType scalar:
                CheckScalar(node, scalar, locationType);
                break;
            case InputObjectType inputObject:
                Report(ValidationErrors.NotAnObject(inputObject.Name, Printer.Print(node)), node);
                break;
            default:
                Report(ValidationErrors.BadValue(locationType, Printer.Print(node)), node);
                break;
        }
    }

    private void CheckEnum(ValueNode node, EnumType type)
    {
        var printed = Printer.Print(node);
        var names = type.Values.Select(v => v.Name);
        if (node is not EnumValueNode enumValue)
        {
            Report(ValidationErrors.EnumNonEnumValue(type.Name, printed, SuggestionList.For(printed, names)), node);
        }
        else if (type.GetValue(enumValue.Value) is null)
        {
            Report(ValidationErrors.UnknownEnumValue(type.Name, printed, SuggestionList.For(printed, names)), node);
        }
    }

    private void CheckScalar(ValueNode node, ScalarType scalar, IGraphQLType locationType)
    {
        // Scalars parse constant literals only; a structured literal holding variables (for a
        // JSON-like custom scalar) is coerced at execution, once the variables' values are known.
        // Built-in scalars take no structured literal at all, so theirs are still refused here.
        if (!BuiltInScalars.IsBuiltIn(scalar.Name) && ContainsVariable(node))
        {
            return;
        }

        try
        {
            // Variables have no value yet: graphql-js 17 reads them as null here (and prints them so).
            scalar.ParseLiteral(ContainsVariable(node) ? WithNullVariables(node) : node);
        }
        catch (ScalarCoercionException exception)
        {
            // The scalar's own message names the type and the value, as graphql-js reports it.
            Report(exception.Message, node);
        }
        catch (Exception exception)
        {
            // A custom scalar that fails otherwise still yields a finding, never a crash.
            Report(ValidationErrors.BadValue(locationType, Printer.Print(node), exception.Message), node);
        }
    }

    /// <summary>The literal with every variable replaced by <c>null</c>; bounded by the document's nesting, which the parser limits.</summary>
    private static ValueNode WithNullVariables(ValueNode node) => node switch
    {
        VariableNode => new NullValueNode { Location = node.Location },
        ListValueNode list => new ListValueNode { Values = list.Values.Select(WithNullVariables).ToArray(), Location = list.Location },
        ObjectValueNode obj => new ObjectValueNode
        {
            Fields = obj.Fields.Select(f => new ObjectFieldNode { Name = f.Name, Value = WithNullVariables(f.Value), Location = f.Location }).ToArray(),
            Location = obj.Location,
        },
        _ => node,
    };

    private static bool ContainsVariable(ValueNode node)
    {
        if (node is not (ListValueNode or ObjectValueNode))
        {
            return false;
        }

        var pending = new Stack<ValueNode>();
        pending.Push(node);
        while (pending.TryPop(out var value))
        {
            switch (value)
            {
                case VariableNode:
                    return true;
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        pending.Push(item);
                    }

                    break;
                case ObjectValueNode objectValue:
                    foreach (var field in objectValue.Fields)
                    {
                        pending.Push(field.Value);
                    }

                    break;
            }
        }

        return false;
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> given)
    {
        // Unknown fields are reported on their own; only the type's fields count here.
        var known = given.Where(g => type.GetField(g.Key) is not null).ToList();
        if (known.Count != 1)
        {
            Report(ValidationErrors.OneOfNotExactlyOneNonNullField(type.Name), node);
            return;
        }

        if (known[0].Value.Value is NullValueNode)
        {
            Report(ValidationErrors.OneOfNotExactlyOneNonNullField(type.Name), node);
        }
    }
}
