using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every field selected is defined on the type it is selected on (meta-fields included);
/// the error suggests the types that do define it, or fields of similar name.
/// https://spec.graphql.org/September2025/#sec-Field-Selections
/// </summary>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Field-Selections";

    public static readonly ValidationRule Rule = new(nameof(FieldsOnCorrectTypeRule), SpecifiedBy, c => new FieldsOnCorrectTypeRule(c));

    public override void EnterField(FieldNode node)
    {
        if (Context.ParentType is not { } parentType || Context.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        var suggestedTypes = SuggestTypes(parentType, fieldName);
        IReadOnlyList<string> suggestedFields = suggestedTypes.Count == 0 && parentType is ComplexType complex
            ? SuggestionList.For(fieldName, complex.Fields.Select(f => f.Name))
            : [];
        Report(ValidationErrors.UndefinedField(fieldName, parentType.Name, suggestedTypes, suggestedFields), node);
    }

    /// <summary>
    /// For an abstract type, the possible types and their interfaces that define the field: the
    /// most shared first, then super types before their subtypes, then by name.
    /// </summary>
    private List<string> SuggestTypes(NamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        var schema = Context.Schema;
        var suggested = new List<ComplexType>();
        var usageCount = new Dictionary<NamedType, int>();
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            suggested.Add(possibleType);
            usageCount[possibleType] = 1;
            foreach (var implemented in possibleType.Interfaces)
            {
                if (implemented.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usageCount.TryGetValue(implemented, out var count))
                {
                    usageCount[implemented] = count + 1;
                }
                else
                {
                    suggested.Add(implemented);
                    usageCount[implemented] = 1;
                }
            }
        }

        suggested.Sort((a, b) =>
        {
            var difference = usageCount[b] - usageCount[a];
            if (difference != 0)
            {
                return difference;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return SuggestionList.NaturalCompare(a.Name, b.Name);
        });
        return suggested.Select(t => t.Name).ToList();
    }
}
