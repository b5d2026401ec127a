using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// An input object literal gives each field at most once.
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
/// </summary>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness";

    public static readonly ValidationRule Rule = new(nameof(UniqueInputFieldNamesRule), SpecifiedBy, c => new UniqueInputFieldNamesRule(c));

    public override void EnterObjectValue(ObjectValueNode node)
    {
        if (node.Fields.Count < 2)
        {
            return;
        }

        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            if (known.TryGetValue(field.Name.Value, out var first))
            {
                Report(ValidationErrors.DuplicateInputField(field.Name.Value), first, field.Name);
            }
            else
            {
                known[field.Name.Value] = field.Name;
            }
        }
    }
}
