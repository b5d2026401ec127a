namespace Community.GraphQL.Validation;

/// <summary>
/// One validation rule: its name, the specification section it enforces, and the visitor that
/// checks it during the validator's single walk over a document.
/// </summary>
public sealed class ValidationRule
{
    private readonly Func<ValidationContext, ValidationVisitor> _createVisitor;

    internal ValidationRule(string name, string specifiedBy, Func<ValidationContext, ValidationVisitor> createVisitor)
    {
        Name = name;
        SpecifiedBy = specifiedBy;
        _createVisitor = createVisitor;
    }

    /// <summary>The rule's name, as graphql-js names it (<c>FieldsOnCorrectTypeRule</c>).</summary>
    public string Name { get; }

    /// <summary>The URL of the specification section the rule enforces; errors carry it in <c>extensions.specifiedBy</c>.</summary>
    public string SpecifiedBy { get; }

    internal ValidationVisitor CreateVisitor(ValidationContext context) => _createVisitor(context);

    public override string ToString() => Name;
}
