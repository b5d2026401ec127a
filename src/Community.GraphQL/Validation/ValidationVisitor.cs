using Community.GraphQL.Language;

namespace Community.GraphQL.Validation;

/// <summary>
/// The checks of one rule, called by <see cref="DocumentWalker"/> as it enters and leaves each
/// node of an executable document. <see cref="TypeInfo"/> already describes a node when its
/// Enter method runs, and still does when its Leave method runs.
/// </summary>
internal abstract class ValidationVisitor
{
    private readonly string _specifiedBy;

    protected ValidationVisitor(ValidationContext context, string specifiedBy)
    {
        Context = context;
        _specifiedBy = specifiedBy;
    }

    protected ValidationContext Context { get; }

    /// <summary>Reports an error located at <paramref name="nodes"/>, tagged with this rule's specification section.</summary>
    protected void Report(string message, params SyntaxNode[] nodes) => Context.ReportError(message, _specifiedBy, nodes);

    /// <inheritdoc cref="Report(string, SyntaxNode[])"/>
    protected void Report(string message, IEnumerable<SyntaxNode> nodes) => Context.ReportError(message, _specifiedBy, nodes);

    /// <summary>Reports an error about the schema element at <paramref name="coordinate"/>, which <c>extensions.coordinate</c> carries.</summary>
    protected void ReportAbout(string coordinate, string message, params SyntaxNode[] nodes) => Context.ReportError(message, _specifiedBy, nodes, coordinate);

    /// <summary>Reports an error of a rule that enforces several sections, tagged with the one broken.</summary>
    protected void ReportFor(string specifiedBy, string message, params SyntaxNode[] nodes) => Context.ReportError(message, specifiedBy, nodes);

    public virtual void EnterDocument(DocumentNode node)
    {
    }

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    /// <summary>A directive; <paramref name="owner"/> is the operation, field, fragment or variable definition it is applied to.</summary>
    public virtual void EnterDirective(DirectiveNode node, SyntaxNode owner)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    /// <summary>An argument of a field or (when <see cref="TypeInfo.Directive"/> or the walk is inside one) a directive.</summary>
    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    /// <summary>A type reference's named type (in a variable definition or a type condition).</summary>
    public virtual void EnterNamedType(NamedTypeNode node)
    {
    }

    /// <summary>A variable used as a value (not the variable of a definition).</summary>
    public virtual void EnterVariable(VariableNode node)
    {
    }

    /// <summary>An Int, Float, String, Boolean or enum literal.</summary>
    public virtual void EnterScalarValue(ValueNode node)
    {
    }

    public virtual void EnterNullValue(NullValueNode node)
    {
    }

    public virtual void EnterListValue(ListValueNode node)
    {
    }

    public virtual void LeaveListValue(ListValueNode node)
    {
    }

    public virtual void EnterObjectValue(ObjectValueNode node)
    {
    }

    public virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    public virtual void EnterObjectField(ObjectFieldNode node)
    {
    }

    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }
}
