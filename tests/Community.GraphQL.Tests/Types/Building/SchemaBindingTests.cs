using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Building;

public class SchemaBindingTests
{
    private const string Sdl = """
        type Query { hello(name: String = "world"): String! post: Post search: [SearchResult!]! node: Node }
        type Subscription { postCreated: Post! }
        interface Node { id: ID! }
        type Post implements Node { id: ID! kind: PostKind! }
        type Member implements Node { id: ID! }
        union SearchResult = Post | Member
        enum PostKind { UPDATE ANNOUNCEMENT PRAISE_GIVEN }
        input CreatePostInput { title: String! body: String = "" kind: PostKind = UPDATE tags: [String!] }
        """;

    [Fact]
    public async Task Binds_sync_and_async_resolvers_by_coordinate()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query.hello", ctx => $"Hello {ctx.Argument<string>("name")}")
            .ResolveAsync("Query.post", async ctx =>
            {
                await Task.Yield();
                return new Post("1", PostKind.Announcement);
            })
            .Build();

        Assert.Equal("Hello you", await TestResolverContext.Resolve(schema.QueryType.GetField("hello")!, arguments: new Dictionary<string, object?> { ["name"] = "you" }));
        Assert.Equal(new Post("1", PostKind.Announcement), await TestResolverContext.Resolve(schema.QueryType.GetField("post")!));
        Assert.Null(schema.QueryType.GetField("search")!.Resolver);
    }

    [Fact]
    public async Task Binds_subscription_streams_by_coordinate()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Subscribe("Subscription.postCreated", _ => Events())
            .Resolve("Subscription.postCreated", ctx => ctx.Parent)
            .Build();

        var field = schema.SubscriptionType!.GetField("postCreated")!;
        var stream = await field.Subscriber!(new TestResolverContext());
        var items = new List<object?>();
        await foreach (var item in stream)
        {
            items.Add(item);
        }

        Assert.Equal([new Post("1", PostKind.Update), new Post("2", PostKind.Update)], items);

        static async IAsyncEnumerable<Post> Events()
        {
            await Task.Yield();
            yield return new Post("1", PostKind.Update);
            yield return new Post("2", PostKind.Update);
        }
    }

    [Fact]
    public async Task Value_type_streams_are_boxed()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { tick: Int! }")
            .Subscribe("Subscription.tick", _ => Ticks())
            .Build();

        var stream = await schema.SubscriptionType!.GetField("tick")!.Subscriber!(new TestResolverContext());
        var items = new List<object?>();
        await foreach (var item in stream)
        {
            items.Add(item);
        }

        Assert.Equal([1, 2], items);

        static async IAsyncEnumerable<int> Ticks()
        {
            await Task.Yield();
            yield return 1;
            yield return 2;
        }
    }

    [Theory]
    [InlineData("Query")]
    [InlineData("Query.")]
    [InlineData("Query.post(id:)")]
    [InlineData("@deprecated")]
    [InlineData("Query .post")]
    [InlineData("Query.post.title")]
    public void A_binding_needs_a_field_coordinate(string coordinate)
    {
        var exception = Assert.Throws<ArgumentException>(() => SchemaBuilder.FromSdl("type Query { post: String }").Resolve(coordinate, _ => null));
        Assert.StartsWith($"\"{coordinate}\" is not a field coordinate; write it as \"Type.field\".", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binds_type_resolvers_to_interfaces_and_unions()
    {
        Func<object, IResolverContext, ObjectType?> resolve = (_, _) => null;
        var schema = SchemaBuilder.FromSdl(Sdl).ResolveType("Node", resolve).ResolveType("SearchResult", resolve).Build();

        Assert.Same(resolve, schema.GetType<InterfaceType>("Node")!.ResolveType);
        Assert.Same(resolve, schema.GetType<UnionType>("SearchResult")!.ResolveType);
    }

    [Fact]
    public void Binds_runtime_types_to_object_types()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).BindRuntimeType<Post>("Post").Build();
        Assert.Equal(typeof(Post), schema.GetType<ObjectType>("Post")!.RuntimeType);
        Assert.Null(schema.GetType<ObjectType>("Member")!.RuntimeType);
    }

    [Fact]
    public void Maps_enum_values_to_clr_members_from_screaming_case()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).BindRuntimeType<PostKind>("PostKind").Build();
        var kind = schema.GetType<EnumType>("PostKind")!;

        Assert.Equal(PostKind.Announcement, kind.GetValue("ANNOUNCEMENT")!.Value);
        Assert.Equal(PostKind.PraiseGiven, kind.GetValue("PRAISE_GIVEN")!.Value);
        Assert.Equal("UPDATE", kind.GetValueByInternal(PostKind.Update)!.Name);
    }

    [Fact]
    public void Unbound_enums_use_their_names_as_values()
        => Assert.Equal("UPDATE", SchemaBuilder.BuildFromSdl(Sdl).GetType<EnumType>("PostKind")!.GetValue("UPDATE")!.Value);

    [Fact]
    public void An_enum_value_without_a_clr_member_is_an_error()
        => Assert.Equal(
            ["Enum value PostKind.POLL has no matching member in the CLR enum PostKind."],
            SchemaErrors.Of(SchemaBuilder.FromSdl("type Query { k: PostKind } enum PostKind { UPDATE POLL }").BindRuntimeType<PostKind>("PostKind")));

    [Fact]
    public void Input_objects_bound_to_a_clr_class_create_instances()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindRuntimeType<PostKind>("PostKind")
            .BindRuntimeType<CreatePostInput>("CreatePostInput")
            .Build();
        var input = schema.GetType<InputObjectType>("CreatePostInput")!;

        var value = Assert.IsType<CreatePostInput>(input.CreateValue!(new Dictionary<string, object?>
        {
            ["title"] = "Hello",
            ["kind"] = PostKind.Announcement,
            ["tags"] = new List<object?> { "a", "b" },
        }));

        Assert.Equal("Hello", value.Title);
        Assert.Equal("default body", value.Body);
        Assert.Equal(PostKind.Announcement, value.Kind);
        Assert.Equal(["a", "b"], value.Tags);
    }

    [Fact]
    public void Input_objects_bound_to_records_fill_constructor_parameters()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(r: RangeInput): Int } input RangeInput { from: Int! to: Long }")
            .BindRuntimeType<RangeInput>("RangeInput")
            .Build();

        var value = schema.GetType<InputObjectType>("RangeInput")!.CreateValue!(new Dictionary<string, object?> { ["from"] = 1, ["to"] = 5L });
        Assert.Equal(new RangeInput(1, 5), value);
    }

    [Fact]
    public void Custom_scalars_replace_sdl_declarations()
    {
        var scalar = new UpperCaseScalar();
        var schema = SchemaBuilder.FromSdl("type Query { a: Upper } scalar Upper").AddScalar(scalar).Build();
        Assert.Same(scalar, schema.GetType("Upper"));
    }

    [Fact]
    public void Added_scalars_are_in_the_schema_even_without_sdl()
    {
        var scalar = new UpperCaseScalar();
        var schema = SchemaBuilder.FromSdl("type Query { a: Upper }").AddScalar(scalar).Build();
        Assert.Same(scalar, schema.GetType("Upper"));
    }

    [Fact]
    public void Custom_scalars_over_their_own_clr_type_are_inferred_for_members_of_that_type()
    {
        var schema = new SchemaBuilder()
            .AddScalar(new MoneyScalar())
            .QueryType(q => q.Field("order", "Order"))
            .ObjectType<Order>("Order", t => t.Field(o => o.Total).Field(o => o.Note))
            .Build();

        Assert.Equal(["total: Money!", "note: String!"], schema.GetType<ObjectType>("Order")!.Fields.Select(f => f.ToString()));
    }

    [Theory]
    [InlineData("Query.missing", "Cannot bind a resolver to \"Query.missing\": the schema has no such field.")]
    [InlineData("Nope.hello", "Cannot bind a resolver to \"Nope.hello\": the schema has no such field.")]
    public void Binding_a_resolver_to_an_unknown_field_is_an_error(string coordinate, string message)
        => Assert.Equal([message], SchemaErrors.Of(SchemaBuilder.FromSdl(Sdl).Resolve(coordinate, _ => null)));

    [Fact]
    public void Binding_a_type_resolver_to_an_object_type_is_an_error()
        => Assert.Equal(
            ["Cannot bind a type resolver to \"Post\": the schema has no interface or union of that name."],
            SchemaErrors.Of(SchemaBuilder.FromSdl(Sdl).ResolveType("Post", (_, _) => null)));

    [Fact]
    public void Binding_a_runtime_type_to_an_unknown_type_is_an_error()
        => Assert.Equal(
            ["Cannot bind the CLR type Post to \"Article\": the schema has no type of that name."],
            SchemaErrors.Of(SchemaBuilder.FromSdl(Sdl).BindRuntimeType<Post>("Article")));

    [Fact]
    public void A_malformed_coordinate_is_refused_at_once()
        => Assert.Throws<ArgumentException>(() => new SchemaBuilder().Resolve("hello", _ => null));

    private enum PostKind
    {
        Update,
        Announcement,
        PraiseGiven,
    }

    private sealed record Post(string Id, PostKind Kind);

    private sealed record RangeInput(int From, long? To);

    private sealed class CreatePostInput
    {
        public string Title { get; set; } = string.Empty;

        public string Body { get; set; } = "default body";

        public PostKind Kind { get; set; }

        public IReadOnlyList<string>? Tags { get; set; }
    }

    private readonly record struct Money(decimal Amount);

    private sealed record Order(Money Total, string Note);

    private sealed class MoneyScalar : ScalarType
    {
        public MoneyScalar()
            : base("Money")
        {
        }

        public override Type RuntimeType => typeof(Money);

        public override object ParseLiteral(ValueNode literal) => new Money(decimal.Parse(((FloatValueNode)literal).Value, System.Globalization.CultureInfo.InvariantCulture));

        public override object ParseValue(object value) => new Money((decimal)value);

        public override object Serialize(object value) => ((Money)value).Amount;

        public override ValueNode ToLiteral(object value) => new FloatValueNode { Value = ((Money)value).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private sealed class UpperCaseScalar : ScalarType
    {
        public UpperCaseScalar()
            : base("Upper")
        {
        }

        public override Type RuntimeType => typeof(object);

        public override object ParseLiteral(ValueNode literal) => ((StringValueNode)literal).Value.ToUpperInvariant();

        public override object ParseValue(object value) => ((string)value).ToUpperInvariant();

        public override object Serialize(object value) => value;

        public override ValueNode ToLiteral(object value) => new StringValueNode { Value = (string)value };
    }
}
