using Community.GraphQL.Types;
using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationRule Rule = OverlappingFieldsCanBeMergedRule.Rule;

    private static string DifferentFields(string responseName, string name1, string name2)
        => ValidationErrors.FieldsConflict(new ConflictReason(responseName, ValidationErrors.DifferentFieldNames(name1, name2)));

    [Fact]
    public void Response_names_past_a_thousand_characters_are_cut_short_in_the_message()
    {
        var alias = new string('a', 1001);
        var error = Assert.Single(Validate(Rule, $"fragment F on Dog {{ {alias}: name {alias}: nickname }}"));
        Assert.Equal(
            $"Fields \"{alias[..1000]}...\" conflict because \"name\" and \"nickname\" are different fields. "
            + "Use different aliases on the fields to fetch both if this was intentional.",
            error.Message);
    }

    [Fact]
    public void Unique_and_identical_fields_are_valid()
        => ExpectValid(Rule, """
            fragment F on Dog {
              name
              name
              otherName: name
              nickname
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
              isAtLocation(x: 0, y: 0)
              isAtLocation(y: 0, x: 0)
              barks @include(if: true)
              barks @skip(if: false)
            }
            """);

    [Fact]
    public void Different_arguments_under_different_aliases_are_valid()
        => ExpectValid(Rule, "fragment F on Dog { sit: doesKnowCommand(dogCommand: SIT) heel: doesKnowCommand(dogCommand: HEEL) }");

    [Fact]
    public void One_alias_for_two_fields_is_reported()
        => ExpectErrors(Rule, "fragment F on Dog { fido: name fido: nickname }",
            (DifferentFields("fido", "name", "nickname"), [(1, 21), (1, 32)]));

    [Fact]
    public void An_alias_masking_a_field_is_reported()
        => ExpectErrors(Rule, "fragment F on Dog { name: nickname name }",
            (DifferentFields("name", "nickname", "name"), [(1, 21), (1, 36)]));

    [Fact]
    public void Different_arguments_are_reported()
        => ExpectErrors(Rule, """
            fragment F on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
              isAtLocation(x: 1)
              isAtLocation(x: $x)
            }
            """,
            (ValidationErrors.FieldsConflict(new ConflictReason("doesKnowCommand", ValidationErrors.DifferingArguments())), [(2, 3), (3, 3)]),
            (ValidationErrors.FieldsConflict(new ConflictReason("isAtLocation", ValidationErrors.DifferingArguments())), [(4, 3), (5, 3)]));

    [Fact]
    public void Fields_on_different_object_types_may_differ()
        => ExpectValid(Rule, """
            {
              catOrDog {
                ... on Dog { name: nickname doesKnowCommand(dogCommand: SIT) }
                ... on Cat { name doesKnowCommand: meows }
              }
            }
            """);

    [Fact]
    public void Fields_on_an_interface_and_an_object_may_not_differ()
        => ExpectErrors(Rule, "{ pet { ... on Pet { name } ... on Dog { name: nickname } } }",
            (DifferentFields("name", "name", "nickname"), [(1, 22), (1, 42)]));

    [Fact]
    public void Fields_on_different_object_types_still_return_compatible_shapes()
        => ExpectErrors(Rule, """
            {
              dogOrHuman {
                ... on Dog { scalar: barks list: mother { name } }
                ... on Human { scalar: iq list: relatives { name } }
              }
            }
            """,
            (ValidationErrors.FieldsConflict(new ConflictReason("scalar", ValidationErrors.ConflictingTypes(BuiltInScalars.Boolean, BuiltInScalars.Int))), [(3, 18), (4, 20)]),
            (ValidationErrors.FieldsConflict(new ConflictReason("list", ValidationErrors.ConflictingTypes(
                TestSchema.Instance.GetType("Dog")!, new NonNullType(new ListType(TestSchema.Instance.GetType("Human")!))))), [(3, 32), (4, 31)]));

    [Fact]
    public void The_type_message_reads_as_graphql_js_writes_it()
        => Assert.Equal(
            "Fields \"a\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.",
            ValidationErrors.FieldsConflict(new ConflictReason("a", ValidationErrors.ConflictingTypes(BuiltInScalars.String, BuiltInScalars.Int))));

    [Fact]
    public void Conflicting_subfields_are_reported_at_every_field_involved()
        => ExpectErrors(Rule, """
            {
              dog { x: name y: barks }
              dog { x: nickname y: name }
            }
            """,
            (ValidationErrors.FieldsConflict(new ConflictReason("dog", [
                new ConflictReason("x", ValidationErrors.DifferentFieldNames("name", "nickname")),
                new ConflictReason("y", ValidationErrors.DifferentFieldNames("barks", "name")),
            ])), [(2, 3), (2, 9), (2, 17), (3, 3), (3, 9), (3, 21)]));

    [Fact]
    public void Deep_conflicts_name_every_level()
    {
        var reason = new ConflictReason("dog", [new ConflictReason("mother", [new ConflictReason("x", ValidationErrors.DifferentFieldNames("name", "nickname"))])]);
        Assert.Equal(
            "Fields \"dog\" conflict because subfields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            ValidationErrors.FieldsConflict(reason));
        ExpectErrors(Rule, """
            {
              dog { mother { x: name } }
              dog { mother { x: nickname } }
            }
            """,
            (ValidationErrors.FieldsConflict(reason), [(2, 3), (2, 9), (2, 18), (3, 3), (3, 9), (3, 18)]));
    }

    [Fact]
    public void Conflicts_between_spread_fragments_are_reported()
        => ExpectErrors(Rule, """
            { dog { ...A ...B x: barkVolume } }
            fragment A on Dog { x: name }
            fragment B on Dog { x: barks }
            """,
            (DifferentFields("x", "barkVolume", "name"), [(1, 19), (2, 21)]),
            (DifferentFields("x", "name", "barks"), [(2, 21), (3, 21)]),
            (DifferentFields("x", "barkVolume", "barks"), [(1, 19), (3, 21)]));

    [Fact]
    public void Conflicts_through_nested_fragments_are_reported()
        => ExpectErrors(Rule, """
            { dog { ...A } }
            fragment A on Dog { x: name ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { x: barks }
            """,
            (DifferentFields("x", "name", "barks"), [(2, 21), (4, 21)]));

    [Fact]
    public void Conflicts_between_subselections_through_fragments_are_reported()
        => ExpectErrors(Rule, """
            {
              dog { mother { ...A } }
              dog { mother { ...B } }
            }
            fragment A on Dog { x: name }
            fragment B on Dog { x: nickname }
            """,
            (ValidationErrors.FieldsConflict(new ConflictReason("dog", [
                new ConflictReason("mother", [new ConflictReason("x", ValidationErrors.DifferentFieldNames("name", "nickname"))]),
            ])), [(2, 3), (2, 9), (5, 21), (3, 3), (3, 9), (6, 21)]));

    [Fact]
    public void Recursive_fragments_do_not_loop()
        => ExpectValid(Rule, """
            { dog { ...A mother { ...A } } }
            fragment A on Dog { name mother { ...A } }
            """);

    [Fact]
    public void Unknown_fields_and_types_are_compared_by_name_and_arguments_only()
        => ExpectErrors(Rule, "{ dog { x: unknownA x: unknownB ... on Unknown { y: a y: a } } }",
            (DifferentFields("x", "unknownA", "unknownB"), [(1, 9), (1, 21)]));

    [Fact]
    public void A_thousand_identical_fields_are_valid()
    {
        var fields = string.Join(" ", Enumerable.Repeat("name mother { name }", 1_000));
        ExpectValid(Rule, $"{{ dog {{ {fields} }} }}");
    }

    // Boxes: object types sharing an interface, whose same-named fields differ in type.
    private static readonly Schema Boxes = SchemaBuilder.BuildFromSdl("""
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Query {
          someBox: SomeBox
        }
        """);

    private static IGraphQLType BoxType(string name) => Boxes.GetType(name)!;

    private static void ExpectBoxErrors(string query, params (string Message, (int Line, int Column)[] Locations)[] expected)
        => ExpectErrorsWithSchema(Boxes, Rule, query, expected);

    [Fact]
    public void Conflicting_scalar_types_that_may_overlap_are_reported()
        => ExpectBoxErrors("{ someBox { ... on IntBox { scalar } ... on NonNullStringBox1 { scalar } } }",
            (ValidationErrors.FieldsConflict(new ConflictReason("scalar", ValidationErrors.ConflictingTypes(BoxType("Int"), new NonNullType(BoxType("String"))))), [(1, 29), (1, 65)]));

    [Fact]
    public void Differing_nullability_is_reported_even_without_overlap()
        => ExpectBoxErrors("{ someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } } }",
            (ValidationErrors.FieldsConflict(new ConflictReason("scalar", ValidationErrors.ConflictingTypes(new NonNullType(BoxType("String")), BoxType("String")))), [(1, 40), (1, 68)]));

    [Fact]
    public void Differing_list_shapes_are_reported_even_without_overlap()
        => ExpectBoxErrors("{ someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }",
            (ValidationErrors.FieldsConflict(new ConflictReason("box", ValidationErrors.ConflictingTypes(new ListType(BoxType("StringBox")), BoxType("StringBox")))), [(1, 29), (1, 80)]));

    [Fact]
    public void Differing_deep_types_are_reported_even_without_overlap()
        => ExpectBoxErrors("{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: intBox { scalar } } } }",
            (ValidationErrors.FieldsConflict(new ConflictReason("box", [new ConflictReason("scalar", ValidationErrors.ConflictingTypes(BoxType("String"), BoxType("Int")))])),
                [(1, 29), (1, 46), (1, 76), (1, 90)]));

    [Fact]
    public void Different_fields_under_one_alias_on_exclusive_types_are_allowed()
        => ExpectValidWithBoxes("{ someBox { ... on IntBox { scalar: unrelatedField } ... on StringBox { scalar } } }");

    /// <summary>The fragments are first compared under exclusive parents (no conflict), then under
    /// shared ones, where the memo of the first comparison must not hide the conflict.</summary>
    [Fact]
    public void A_non_exclusive_comparison_after_an_exclusive_one_is_still_made()
        => ExpectBoxErrors("""
            {
              someBox { ... on IntBox { deepBox { ...X } } }
              someBox { ... on StringBox { deepBox { ...Y } } }
              memoed: someBox { ... on IntBox { deepBox { ...X } } }
              memoed: someBox { ... on StringBox { deepBox { ...Y } } }
              other: someBox { ...X }
              other: someBox { ...Y }
            }
            fragment X on SomeBox { scalar }
            fragment Y on SomeBox { scalar: unrelatedField }
            """,
            (ValidationErrors.FieldsConflict(new ConflictReason("other", [new ConflictReason("scalar", ValidationErrors.DifferentFieldNames("scalar", "unrelatedField"))])),
                [(6, 3), (9, 25), (7, 3), (10, 25)]));

    private static void ExpectValidWithBoxes(string query) => ExpectValid(Rule, query, Boxes);
}
