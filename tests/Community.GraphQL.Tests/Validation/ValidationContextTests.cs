using Community.GraphQL.Language;
using Community.GraphQL.Validation;

namespace Community.GraphQL.Tests.Validation;

public class ValidationContextTests
{
    private static ValidationContext ContextFor(string document)
        => new(TestSchema.Instance, Parser.Parse(document), maxErrors: 100);

    [Fact]
    public void Variable_usages_carry_the_expected_type_and_default_through_fragments()
    {
        var context = ContextFor("""
            query Q($a: Int, $b: Boolean, $c: String) {
              dog { isHouseTrained(atOtherHomes: $b) ...F }
            }
            fragment F on Dog { doesKnowCommand(dogCommand: $a) @include(if: $b) }
            fragment G on Dog { name(surname: $c) }
            """);
        var operation = context.Document.Definitions.OfType<OperationDefinitionNode>().Single();

        var usages = context.GetRecursiveVariableUsages(operation);

        Assert.Equal(["b", "a", "b"], usages.Select(u => u.Node.Name.Value));
        Assert.Equal(["Boolean", "DogCommand", "Boolean!"], usages.Select(u => u.Type!.ToString()));
        Assert.Equal("true", Printer.Print(usages[0].DefaultValue!));
        Assert.Null(usages[1].DefaultValue);
    }

    [Fact]
    public void Recursively_referenced_fragments_are_listed_once_even_in_cycles()
    {
        var context = ContextFor("""
            { dog { ...A ...B } }
            fragment A on Dog { ...B ...Missing }
            fragment B on Dog { mother { ...A } }
            fragment C on Dog { name }
            """);
        var operation = context.Document.Definitions.OfType<OperationDefinitionNode>().Single();

        Assert.Equal(["A", "B"], context.GetRecursivelyReferencedFragments(operation).Select(f => f.Name.Value).Order());
    }

    [Fact]
    public void Fragment_spreads_are_found_at_any_depth_of_one_selection_set()
    {
        var context = ContextFor("fragment F on Dog { ...A mother { ...B ... on Dog { ...C } } }");
        var fragment = context.Document.Definitions.OfType<FragmentDefinitionNode>().Single();

        Assert.Equal(["A", "B", "C"], context.GetFragmentSpreads(fragment.SelectionSet).Select(s => s.Name.Value).Order());
    }
}
