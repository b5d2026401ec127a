using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Community.GraphQL.Validation;

namespace Community.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    private const string LargeValidDocument = """
        query Everything($id: ID = "4", $surname: Boolean!, $command: DogCommand, $complex: ComplexInput, $skipCats: Boolean = false)
          @onQuery @tagged(label: "all") {
          human(id: $id) {
            name(surname: $surname)
            ...HumanFields
            pets { ...PetFields ... on Dog { ...DogFields } }
          }
          dog { ...DogFields mother { ...DogFields father { name } } }
          cat @skip(if: $skipCats) { ...PetFields furColor meows }
          catOrDog { __typename ... on Cat { meowVolume } ... on Dog { barkVolume } }
          dogOrHuman { ... on Being { name } ... on Human { iq } }
          humanOrAlien { ... on Intelligent { iq } ... on Alien { numEyes } }
          being { name ... on Canine { mother { name } } }
          complicatedArgs {
            intArgField(intArg: 3)
            nonNullIntArgField(nonNullIntArg: 4)
            stringListNonNullArgField(stringListNonNullArg: ["a", "b"])
            complexArgField(complexArg: { requiredField: true, stringListField: ["x", null] })
            other: complexArgField(complexArg: $complex)
            oneOfArgField(oneOfArg: { intField: 7 })
            enumArgField(enumArg: SPOTTED)
            multipleOptAndReq(req1: 1, req2: 2, opt2: 3)
          }
          withCommand: dog { doesKnowCommand(dogCommand: $command) }
          __typename
          __type(name: "Dog") { name fields { name type { name ofType { name } } } }
        }

        query Second { dog { name } }

        mutation Rename($name: String!) @onMutation { renameDog(name: $name) { ...DogFields } }

        subscription Messages @onSubscription { newMessage { body sender } }

        fragment HumanFields on Human { relatives { name pets { name } } iq }
        fragment PetFields on Pet { name ... on Cat { nickname } }
        fragment DogFields on Dog @onFragmentDefinition { name nickname barks isHouseTrained(atOtherHomes: false) isAtLocation(x: 1, y: 2) }
        """;

    private static IReadOnlyList<GraphQLError> ValidateAll(string document, ValidationOptions? options = null)
        => DocumentValidator.Validate(TestSchema.Instance, Parser.Parse(document, ValidationHarness.LargeDocuments), options);

    [Fact]
    public void A_large_valid_document_passes_every_rule()
        => Assert.Empty(ValidateAll(LargeValidDocument));

    [Fact]
    public void The_standard_introspection_query_passes_every_rule()
        => Assert.Empty(ValidateAll(IntrospectionQuery.Text));

    [Fact]
    public void Every_specified_rule_is_listed_once_with_its_specification_section()
    {
        Assert.Equal(28, SpecifiedRules.All.Count);
        Assert.Equal(SpecifiedRules.All.Count, SpecifiedRules.All.Select(r => r.Name).Distinct().Count());
        Assert.All(SpecifiedRules.All, rule => Assert.StartsWith("https://spec.graphql.org/September2025/#sec-", rule.SpecifiedBy));
    }

    [Fact]
    public void Every_error_carries_the_validation_code_and_its_specification_section()
    {
        var errors = ValidateAll("query Q($unused: Int) { dog { nmae ...Missing } } fragment Unused on Cat { meows }");
        Assert.Equal(
            [
                "Cannot query field \"nmae\" on type \"Dog\". Did you mean \"name\"?",
                "Fragment \"Unused\" is never used.",
                "Unknown fragment \"Missing\".",
                "Variable \"$unused\" is never used in operation \"Q\".",
            ],
            errors.Select(e => e.Message).Order(StringComparer.Ordinal));
        Assert.All(errors, error =>
        {
            Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
            Assert.StartsWith("https://spec.graphql.org/September2025/#sec-", (string)error.Extensions!["specifiedBy"]!);
            Assert.NotNull(error.Locations);
        });
    }

    [Fact]
    public void Validation_stops_after_one_hundred_errors_and_says_so()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 150).Select(i => $"unknown{i}"));
        var errors = ValidateAll($"{{ dog {{ {fields} }} }}");
        Assert.Equal(101, errors.Count);
        Assert.All(errors.Take(100), e => Assert.StartsWith("Cannot query field \"unknown", e.Message));
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal(ErrorCodes.ValidationFailed, errors[^1].Code);
    }

    [Fact]
    public void The_error_limit_is_configurable()
    {
        var errors = ValidateAll("{ dog { a b c d e f } }", new ValidationOptions { MaxErrors = 3 });
        Assert.Equal(4, errors.Count);
        Assert.Equal(ValidationErrors.TooManyErrors(), errors[^1].Message);
    }

    [Fact]
    public void A_document_with_fragment_cycles_completes_with_the_cycle_errors()
    {
        var errors = ValidateAll("""
            { dog { ...A } }
            fragment A on Dog { name ...B mother { ...A } }
            fragment B on Dog { barks ...C }
            fragment C on Dog { nickname ...A ...B }
            """);
        Assert.Equal(
            [
                ValidationErrors.FragmentCycle("A", ["B", "C"]),
                ValidationErrors.FragmentCycle("B", ["C"]),
                ValidationErrors.FragmentCycle("A", []),
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void A_thousand_identical_fields_complete_without_errors()
    {
        var fields = string.Join(" ", Enumerable.Repeat("name", 1_000));
        Assert.Empty(ValidateAll($"{{ dog {{ {fields} mother {{ {fields} }} }} }}"));
    }

    [Fact]
    public void A_thousand_conflicting_fields_complete_at_the_error_limit()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 1_000).Select(i => i % 2 == 0 ? "x: name" : "x: nickname"));
        var errors = ValidateAll($"{{ dog {{ {fields} }} }}");
        Assert.Equal(101, errors.Count);
        Assert.All(errors.Take(100), e => Assert.StartsWith("Fields \"x\" conflict because \"", e.Message));
        Assert.Equal(ValidationErrors.TooManyErrors(), errors[^1].Message);
    }

    [Fact]
    public void Many_fragments_spread_together_complete()
    {
        var fragments = Enumerable.Range(0, 300).Select(i => $"fragment F{i} on Dog {{ name ...F{(i + 1) % 300} ...F{(i + 7) % 300} }}");
        var spreads = string.Join(" ", Enumerable.Range(0, 300).Select(i => $"...F{i}"));
        var errors = ValidateAll($"{{ dog {{ {spreads} }} }}\n" + string.Join("\n", fragments), new ValidationOptions { MaxErrors = 10_000 });
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("Cannot spread fragment", e.Message));
    }

    [Fact]
    public void A_document_nested_beyond_the_stack_is_refused_not_crashed()
    {
        // Built in code, so the parser's depth limit never saw it.
        SelectionSetNode selection = new() { Selections = [new FieldNode { Name = new NameNode("name") }] };
        for (var i = 0; i < 200_000; i++)
        {
            selection = new SelectionSetNode { Selections = [new FieldNode { Name = new NameNode("mother"), SelectionSet = selection }] };
        }

        var document = new DocumentNode
        {
            Definitions = [new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = new() { Selections = [new FieldNode { Name = new NameNode("dog"), SelectionSet = selection }] } }],
        };
        var errors = RunWithSmallStack(() => DocumentValidator.Validate(TestSchema.Instance, document));
        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrors.DocumentTooDeep(), error.Message);
        Assert.Equal(ErrorCodes.DocumentTooLarge, error.Code);
    }

    private static T RunWithSmallStack<T>(Func<T> action)
    {
        T result = default!;
        var thread = new Thread(() => result = action(), maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        return result;
    }
}
