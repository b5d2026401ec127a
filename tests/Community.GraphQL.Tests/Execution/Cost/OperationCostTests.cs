using static Community.GraphQL.Tests.Execution.Cost.CostSchema;

namespace Community.GraphQL.Tests.Execution.Cost;

/// <summary>How an operation's field and type cost are estimated (IBM cost specification, HotChocolate's defaults).</summary>
public sealed class OperationCostTests
{
    [Fact]
    public async Task Scalar_fields_cost_nothing_and_the_root_type_weighs_one()
    {
        var (fieldCost, typeCost) = await CostOf("{ expensive: __typename }");
        Assert.Equal(0, fieldCost);
        Assert.Equal(1, typeCost);
    }

    [Fact]
    public async Task A_cost_directive_on_a_field_replaces_its_default_weight()
    {
        var (fieldCost, _) = await CostOf("{ expensive }");
        Assert.Equal(25, fieldCost);
    }

    [Fact]
    public async Task An_object_field_weighs_one_in_field_cost_and_its_type_one_in_type_cost()
    {
        var (fieldCost, typeCost) = await CostOf("{ member { name } }");
        Assert.Equal(1, fieldCost);
        Assert.Equal(1 + 1, typeCost);
    }

    [Fact]
    public async Task Nested_lists_multiply_by_their_literal_slicing_arguments()
    {
        // 50 posts x 50 comments x 50 reactors: 125,000 members the response may hold.
        var (fieldCost, typeCost) = await CostOf("{ recent(first: 50) { comments(first: 50) { reactors(first: 50) { name } } } }");
        Assert.Equal(1 + (50 * (1 + (50 * 1))), fieldCost);
        Assert.Equal(1 + 50 + (50 * 50) + (50 * 50 * 50), typeCost);
    }

    [Fact]
    public async Task Slicing_arguments_given_as_variables_use_the_request_values()
    {
        const string query = "query ($n: Int, $m: Int) { recent(first: $n) { comments(first: $m) { reactors(first: $n) { name } } } }";
        var (_, large) = await CostOf(query, """{ "n": 50, "m": 50 }""");
        var (_, small) = await CostOf(query, """{ "n": 10, "m": 2 }""");
        Assert.Equal(1 + 50 + (50 * 50) + (50 * 50 * 50), large);
        Assert.Equal(1 + 10 + (10 * 2) + (10 * 2 * 10), small);
    }

    [Fact]
    public async Task A_variable_default_counts_when_the_request_gives_no_value()
    {
        var (_, typeCost) = await CostOf("query ($n: Int = 7) { recent(first: $n) { id } }");
        Assert.Equal(1 + 7, typeCost);
    }

    [Fact]
    public async Task The_largest_of_several_slicing_arguments_counts()
    {
        var (_, typeCost) = await CostOf("{ posts(first: 3, last: 8) { nodes { id } } }");
        Assert.Equal(1 + 1 + 8, typeCost);
    }

    [Fact]
    public async Task Without_a_slicing_argument_the_argument_default_counts()
    {
        var (_, typeCost) = await CostOf("{ feed { id } }");
        Assert.Equal(1 + 10, typeCost);
    }

    [Fact]
    public async Task Without_a_slicing_argument_slicingArgumentDefaultValue_counts_before_assumedSize()
    {
        var (_, typeCost) = await CostOf("{ pagedPosts { nodes { id } } }");
        Assert.Equal(1 + 1 + 10, typeCost);
    }

    [Fact]
    public async Task Without_a_slicing_argument_or_its_default_assumedSize_counts()
    {
        var (_, connection) = await CostOf("{ posts { nodes { id } } }");
        var (_, top) = await CostOf("{ top { id } }");
        Assert.Equal(1 + 1 + 50, connection);
        Assert.Equal(1 + 5, top);
    }

    [Fact]
    public async Task A_slicing_variable_given_null_falls_back_to_assumedSize()
    {
        var (_, typeCost) = await CostOf("query ($n: Int) { posts(first: $n) { nodes { id } } }", """{ "n": null }""");
        Assert.Equal(1 + 1 + 50, typeCost);
    }

    [Fact]
    public async Task A_list_without_listSize_counts_the_default_list_size()
    {
        var (_, one) = await CostOf("{ all { id } }");
        var (_, twenty) = await CostOf("{ all { id } }", options: new Community.GraphQL.Execution.ExecutorOptions { DefaultListSize = 20 });
        Assert.Equal(1 + 1, one);
        Assert.Equal(1 + 20, twenty);
    }

    [Fact]
    public async Task Sized_fields_take_the_connection_size_and_the_connection_counts_once()
    {
        var (fieldCost, typeCost) = await CostOf("{ posts(first: 20) { edges { node { id } } totalCount } }");

        // edges: 20 edges, each with one post; the connection itself is one object.
        Assert.Equal(1 + (1 + (20 * 1)), fieldCost);
        Assert.Equal(1 + 1 + (20 * (1 + 1)), typeCost);
    }

    [Fact]
    public async Task A_type_cost_directive_weighs_each_object_of_the_type()
    {
        var (_, typeCost) = await CostOf("{ member { badges { label } } }");
        Assert.Equal(1 + 1 + (4 * 3), typeCost);
    }

    [Fact]
    public async Task Fragments_count_like_the_fields_they_hold()
    {
        var inline = await CostOf("{ recent(first: 5) { comments(first: 4) { id } } }");
        var spread = await CostOf("{ recent(first: 5) { ...C } } fragment C on Post { comments(first: 4) { id } }");
        Assert.Equal(inline, spread);
        Assert.Equal(1 + 5 + (5 * 4), spread.TypeCost);
    }

    [Fact]
    public async Task A_field_selected_twice_counts_once()
    {
        var once = await CostOf("{ member { friends { id } } }");
        var twice = await CostOf("{ member { friends { id } ...F } } fragment F on Member { friends { name } }");
        Assert.Equal(once, twice);
    }

    [Fact]
    public async Task An_abstract_selection_costs_its_most_expensive_possible_type()
    {
        var (fieldCost, typeCost) = await CostOf("{ search { ... on Post { comments(first: 10) { id } } ... on Member { name } } }");

        // Post: one comments list of 10; Member: nothing beyond itself. Ten results, each priced as a Post.
        Assert.Equal(1 + (10 * 1), fieldCost);
        Assert.Equal(1 + (10 * (1 + 10)), typeCost);
    }

    [Fact]
    public async Task An_interface_selection_costs_its_most_expensive_implementation()
    {
        var (_, typeCost) = await CostOf("{ nodes { id ... on Member { badges { label } } ... on Post { author { id } } } }");

        // Member: 4 badges of weight 3 (12) beats Post: one author (1).
        Assert.Equal(1 + (3 * (1 + 12)), typeCost);
    }

    [Fact]
    public async Task Skip_and_include_with_variables_leave_fields_out_of_the_cost()
    {
        const string query = "query ($skip: Boolean!, $with: Boolean!) { top { id } all @skip(if: $skip) { id } ... @include(if: $with) { member { id } } }";
        var (_, everything) = await CostOf(query, """{ "skip": false, "with": true }""");
        var (_, nothing) = await CostOf(query, """{ "skip": true, "with": false }""");
        Assert.Equal(1 + 5 + 1 + 1, everything);
        Assert.Equal(1 + 5, nothing);
    }

    [Fact]
    public async Task Constant_skip_leaves_a_field_out_of_the_cost()
    {
        var (_, typeCost) = await CostOf("{ top { id } all @skip(if: true) { id } }");
        Assert.Equal(1 + 5, typeCost);
    }

    [Fact]
    public async Task Input_object_arguments_cost_one_per_object_field_given_inline_or_as_a_variable()
    {
        var inline = await CostOf("""{ filtered(where: { title: "a", and: [{ title: "b" }, { title: "c" }] }) { id } }""");
        var variable = await CostOf(
            "query ($w: PostFilter) { filtered(where: $w) { id } }",
            """{ "w": { "title": "a", "and": [{ "title": "b" }, { "title": "c" }] } }""");

        // filtered 1 + where (an input object) 1 + its "and" field (a list of input objects) 1.
        Assert.Equal(3, inline.FieldCost);
        Assert.Equal(inline, variable);
    }

    [Fact]
    public async Task Introspection_is_costed_like_any_selection()
    {
        var (fieldCost, typeCost) = await CostOf("{ __type(name: \"Post\") { name fields { name } } }");
        Assert.Equal(1 + 1, fieldCost);
        Assert.Equal(1 + 1 + 1, typeCost);
    }
}
