using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Building;

public class CodeFirstSchemaTests
{
    [Fact]
    public async Task Builds_a_query_type_with_arguments_defaults_and_resolvers()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q
                .Description("Entry points.")
                .Field("hello", "String!", f => f
                    .Description("Greets.")
                    .Argument("name", "String", defaultValue: "world", a => a.Description("Who to greet."))
                    .Resolve(ctx => $"Hello {ctx.Argument<string>("name")}"))
                .Field("post", "Post", f => f.Argument("id", "ID!").ResolveAsync(async ctx =>
                {
                    await Task.Yield();
                    return new Post { Id = ctx.Argument<string>("id")!, Title = "T" };
                })))
            .ObjectType<Post>("Post", t => t.Field(p => p.Id, "ID!").Field(p => p.Title))
            .Build();

        var hello = schema.QueryType.GetField("hello")!;
        Assert.Equal("Entry points.", schema.QueryType.Description);
        Assert.Equal("Greets.", hello.Description);
        Assert.Equal("String!", hello.Type.ToString());
        var name = hello.GetArgument("name")!;
        Assert.Equal("Who to greet.", name.Description);
        Assert.Equal("world", Assert.IsType<StringValueNode>(name.DefaultValue).Value);
        Assert.Equal("world", name.CoercedDefaultValue);
        Assert.Equal("Hello you", await TestResolverContext.Resolve(hello, arguments: new Dictionary<string, object?> { ["name"] = "you" }));
        var post = Assert.IsType<Post>(await TestResolverContext.Resolve(schema.QueryType.GetField("post")!, arguments: new Dictionary<string, object?> { ["id"] = "7" }));
        Assert.Equal("7", post.Id);
    }

    [Fact]
    public async Task Member_fields_infer_name_type_and_nullability_and_read_the_member()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("post", "Post"))
            .ObjectType<Post>("Post", t => t
                .Field(p => p.Title)
                .Field(p => p.Subtitle)
                .Field(p => p.Views)
                .Field(p => p.Rating)
                .Field(p => p.Tags)
                .Field(p => p.PublishedAt)
                .Field(p => p.Kind)
                .Field(p => p.Author)
                .Field(p => p.Id, "ID!"))
            .ObjectType<Member>("Member", t => t.Field(m => m.Name))
            .EnumType<PostKind>()
            .Build();

        var post = schema.GetType<ObjectType>("Post")!;
        Assert.Equal(
            ["title: String!", "subtitle: String", "views: Int!", "rating: Float", "tags: [String!]!", "publishedAt: DateTime", "kind: PostKind!", "author: Member!", "id: ID!"],
            post.Fields.Select(f => f.ToString()));
        Assert.Same(ExtendedScalars.DateTime, schema.GetType("DateTime"));
        Assert.Equal("Hi", await TestResolverContext.Resolve(post.GetField("title")!, new Post { Title = "Hi" }));
        Assert.Equal(typeof(Post), post.RuntimeType);
    }

    [Fact]
    public async Task An_extension_adds_fields_interfaces_and_resolvers_to_a_type_defined_elsewhere()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("post", "Post", f => f.Resolve(_ => new Post { Id = "1", Title = "T", Views = 3 })))
            .InterfaceType("Counted", i => i.Field("views", "Int!"))
            .ExtendObjectType<Post>("Post", t => t
                .Implements("Counted")
                .Field(p => p.Views)
                .Field("shout", "String!", f => f.Description("The title, loud.").Resolve(ctx => ctx.ParentAs<Post>().Title.ToUpperInvariant())))
            .ObjectType<Post>("Post", t => t.Description("A post.").Field(p => p.Id, "ID!").Field(p => p.Title))
            .Build();

        var post = schema.GetType<ObjectType>("Post")!;
        Assert.Equal(["id: ID!", "title: String!", "views: Int!", "shout: String!"], post.Fields.Select(f => f.ToString()));
        Assert.Equal("A post.", post.Description);
        Assert.Equal("The title, loud.", post.GetField("shout")!.Description);
        Assert.Equal(["Counted"], post.Interfaces.Select(i => i.Name));
        var result = await Community.GraphQL.Tests.Execution.ExecutionAssert.ExecuteAsync(schema, "{ post { title shout views } }");
        Assert.Null(result.Errors);
        Assert.Equal("""{"data":{"post":{"title":"T","shout":"T","views":3}}}""", result.ToJson());
    }

    [Fact]
    public void An_extension_that_redefines_a_field_or_names_no_type_is_refused()
    {
        var twice = Assert.ThrowsAny<Exception>(() => new SchemaBuilder()
            .QueryType(q => q.Field("post", "Post"))
            .ObjectType<Post>("Post", t => t.Field(p => p.Title))
            .ExtendObjectType<Post>("Post", t => t.Field(p => p.Title))
            .Build());
        var nowhere = Assert.ThrowsAny<Exception>(() => new SchemaBuilder()
            .QueryType(q => q.Field("hello", "String"))
            .ExtendObjectType("Missing", t => t.Field("x", "Int"))
            .Build());
        var described = Assert.ThrowsAny<Exception>(() => new SchemaBuilder()
            .QueryType(q => q.Field("post", "Post"))
            .ObjectType<Post>("Post", t => t.Field(p => p.Title))
            .ExtendObjectType("Post", t => t.Description("Again.").Field("x", "Int"))
            .Build());

        Assert.Contains("title", twice.Message, StringComparison.Ordinal);
        Assert.Contains("Missing", nowhere.Message, StringComparison.Ordinal);
        Assert.Contains("description", described.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Object_types_without_configured_fields_expose_every_public_property()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("member", "Member"))
            .ObjectType<Member>("Member")
            .Build();

        Assert.Equal(["name: String!", "email: String"], schema.GetType<ObjectType>("Member")!.Fields.Select(f => f.ToString()));
    }

    [Fact]
    public void Interfaces_unions_and_implementations()
    {
        Func<object, IResolverContext, ObjectType?> resolve = (_, _) => null;
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("node", "Node", f => f.Argument("id", "ID!")).Field("search", "[SearchResult!]!"))
            .InterfaceType("Node", t => t.Description("Has an id.").Field("id", "ID!").ResolveType(resolve))
            .ObjectType("Post", t => t.Implements("Node").Field("id", "ID!"))
            .ObjectType("Member", t => t.Implements("Node").Field("id", "ID!").IsTypeOf(v => v is Member))
            .UnionType("SearchResult", u => u.Description("Anything.").Types("Post", "Member").ResolveType(resolve))
            .Build();

        Assert.Equal(["Post", "Member"], schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name));
        Assert.Equal(["Post", "Member"], schema.GetType<UnionType>("SearchResult")!.Types.Select(t => t.Name));
        Assert.Same(resolve, schema.GetType<InterfaceType>("Node")!.ResolveType);
        Assert.Same(resolve, schema.GetType<UnionType>("SearchResult")!.ResolveType);
        Assert.NotNull(schema.GetType<ObjectType>("Member")!.IsTypeOf);
        Assert.Equal("Has an id.", schema.GetType("Node")!.Description);
    }

    [Fact]
    public void Enums_from_clr_enums_use_screaming_case_and_map_to_members()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("kind", "PostKind", f => f.Argument("default", "PostKind", defaultValue: PostKind.PraiseGiven)))
            .EnumType<PostKind>("PostKind", e => e.Description("Kinds.").Value("UPDATE", v => v.Description("Plain.").Deprecated("Use ANNOUNCEMENT.")))
            .Build();

        var kind = schema.GetType<EnumType>("PostKind")!;
        Assert.Equal(["UPDATE", "ANNOUNCEMENT", "PRAISE_GIVEN"], kind.Values.Select(v => v.Name));
        Assert.Equal(PostKind.PraiseGiven, kind.GetValue("PRAISE_GIVEN")!.Value);
        Assert.Equal("Plain.", kind.GetValue("UPDATE")!.Description);
        Assert.Equal("Use ANNOUNCEMENT.", kind.GetValue("UPDATE")!.DeprecationReason);
        Assert.Equal(PostKind.PraiseGiven, schema.QueryType.GetField("kind")!.GetArgument("default")!.CoercedDefaultValue);
    }

    [Fact]
    public void Plain_enums_list_their_values()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("color", "Color"))
            .EnumType("Color", e => e.Value("RED").Value("GREEN", v => v.Deprecated()))
            .Build();

        var color = schema.GetType<EnumType>("Color")!;
        Assert.Equal("RED", color.GetValue("RED")!.Value);
        Assert.Equal("No longer supported", color.GetValue("GREEN")!.DeprecationReason);
    }

    [Fact]
    public void Input_objects_with_defaults_one_of_and_clr_binding()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("a", "String", f => f.Argument("input", "CreatePostInput!").Argument("by", "MemberBy")))
            .InputObjectType<CreatePostInput>("CreatePostInput", t => t
                .Description("What a new post needs.")
                .Field("title", "String!")
                .Field("body", "String!", defaultValue: "", f => f.Description("Markdown."))
                .Field("legacy", "String", f => f.Deprecated("Unused.")))
            .InputObjectType("MemberBy", t => t.OneOf().Field("id", "ID").Field("email", "String"))
            .Build();

        var input = schema.GetType<InputObjectType>("CreatePostInput")!;
        Assert.Equal("What a new post needs.", input.Description);
        Assert.Equal("", input.GetField("body")!.CoercedDefaultValue);
        Assert.Equal("Markdown.", input.GetField("body")!.Description);
        Assert.Equal("Unused.", input.GetField("legacy")!.DeprecationReason);
        var created = Assert.IsType<CreatePostInput>(input.CreateValue!(new Dictionary<string, object?> { ["title"] = "T", ["body"] = "B" }));
        Assert.Equal(("T", "B"), (created.Title, created.Body));
        Assert.True(schema.GetType<InputObjectType>("MemberBy")!.IsOneOf);
    }

    [Fact]
    public void Input_objects_bound_to_a_class_without_configured_fields_infer_them()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("a", "String", f => f.Argument("input", "CreatePostInput")))
            .InputObjectType<CreatePostInput>()
            .Build();

        Assert.Equal(["title: String!", "body: String!", "legacy: String"], schema.GetType<InputObjectType>("CreatePostInput")!.Fields.Select(f => f.ToString()));
    }

    [Fact]
    public async Task Subscription_fields_bind_streams_and_resolvers()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("a", "String"))
            .SubscriptionType(s => s.Field("postCreated", "Post!", f => f.Subscribe(_ => Events()).Resolve(ctx => ctx.Parent)))
            .ObjectType<Post>("Post", t => t.Field(p => p.Title))
            .Build();

        var field = schema.SubscriptionType!.GetField("postCreated")!;
        var stream = await field.Subscriber!(new TestResolverContext());
        await foreach (var item in stream)
        {
            Assert.Equal("new", Assert.IsType<Post>(item).Title);
        }

        static async IAsyncEnumerable<Post> Events()
        {
            await Task.Yield();
            yield return new Post { Title = "new" };
        }
    }

    [Fact]
    public void Mutation_type_and_deprecations_on_fields_and_arguments()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("old", "String", f => f.Deprecated("Use new.")).Field("new", "String"))
            .MutationType(m => m.Field("like", "Boolean!", f => f.Argument("postId", "ID!").Argument("emoji", "String", a => a.Deprecated())))
            .Build();

        Assert.Equal("Use new.", schema.QueryType.GetField("old")!.DeprecationReason);
        Assert.Equal("No longer supported", schema.MutationType!.GetField("like")!.GetArgument("emoji")!.DeprecationReason);
    }

    [Fact]
    public void Custom_directives_can_be_defined_and_applied()
    {
        var schema = new SchemaBuilder()
            .Directive("cost", d => d.Description("Query cost.").Location(DirectiveLocation.FieldDefinition, DirectiveLocation.Object).Argument("weight", "Int!").Repeatable())
            .QueryType(q => q.Directive("cost", new { weight = 1 }).Field("a", "String", f => f.Directive("cost", new Dictionary<string, object?> { ["weight"] = 5 })))
            .Build();

        var cost = schema.GetDirective("cost")!;
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], cost.Locations);
        Assert.True(cost.IsRepeatable);
        var applied = schema.QueryType.GetField("a")!.Directives.Single();
        Assert.Equal("5", Assert.IsType<IntValueNode>(applied.Arguments.Single().Value).Value);
        Assert.Single(schema.QueryType.Directives);
    }

    [Fact]
    public async Task A_task_returned_by_a_sync_resolver_is_awaited()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("a", "String", f => f.Resolve(_ => Later("done"))).Field("b", "String", f => f.Resolve(_ => Task.Delay(1))))
            .Build();

        Assert.Equal("done", await TestResolverContext.Resolve(schema.QueryType.GetField("a")!));
        Assert.Null(await TestResolverContext.Resolve(schema.QueryType.GetField("b")!));

        static async Task<string> Later(string value)
        {
            await Task.Yield();
            return value;
        }
    }

    [Fact]
    public void The_example_schema_of_the_api_guide_builds()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q
                .Field("hello", "String!", f => f.Argument("name", "String", defaultValue: "world").Resolve(ctx => $"Hello {ctx.Argument<string>("name")}"))
                .Field("post", "Post", f => f.Argument("id", "ID!").ResolveAsync(async ctx =>
                {
                    await Task.Yield();
                    return new Post();
                })))
            .ObjectType<Post>("Post", t => t
                .Description("A post.")
                .Implements("Node")
                .Field("id", "ID!")
                .Field(p => p.Title)
                .Field("author", "Member!", f => f.Resolve(ctx => ctx.ParentAs<Post>().Author))
                .Field("old", "String", f => f.Deprecated("Use new.")))
            .ObjectType<Member>("Member", t => t.Field(m => m.Name))
            .InterfaceType("Node", t => t.Field("id", "ID!"))
            .UnionType("SearchResult", u => u.Types("Post", "Member"))
            .EnumType<PostKind>("PostKind")
            .InputObjectType<CreatePostInput>("CreatePostInput", t => t.Field("title", "String").Field("body", "String").OneOf())
            .MutationType(m => m.Field("createPost", "Post!", f => f.Argument("input", "CreatePostInput!").Resolve(_ => new Post())))
            .SubscriptionType(s => s.Field("postCreated", "Post!", f => f.Subscribe(_ => AsyncEnumerable.Empty<Post>()).Resolve(ctx => ctx.Parent)))
            .Directive("cacheControl", d => d.Location(DirectiveLocation.FieldDefinition).Argument("maxAge", "Int"))
            .Build();

        Assert.Equal(["hello", "post"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal(["id", "title", "author", "old"], schema.GetType<ObjectType>("Post")!.Fields.Select(f => f.Name));
        Assert.NotNull(schema.GetDirective("cacheControl"));
    }

    [Fact]
    public void Malformed_type_references_fail_at_once()
        => Assert.Throws<GraphQLSyntaxException>(() => new SchemaBuilder().QueryType(q => q.Field("a", "[String")));

    [Fact]
    public void A_member_of_an_unbound_clr_type_is_an_error()
        => Assert.Contains(
            "Cannot infer the type of Post.author: no GraphQL type is bound to the CLR type Member; bind a type to it or give the field's type.",
            SchemaErrors.Of(new SchemaBuilder().QueryType(q => q.Field("post", "Post")).ObjectType<Post>("Post", t => t.Field(p => p.Author))));

    [Fact]
    public void Build_can_be_called_twice()
    {
        var builder = new SchemaBuilder().QueryType(q => q.Field("a", "String", f => f.Resolve(_ => "x")));
        Assert.NotSame(builder.Build(), builder.Build());
    }

    private enum PostKind
    {
        Update,
        Announcement,
        PraiseGiven,
    }

    private sealed class Post
    {
        public string Id { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;

        public string? Subtitle { get; set; }

        public int Views { get; set; }

        public double? Rating { get; set; }

        public List<string> Tags { get; set; } = [];

        public DateTimeOffset? PublishedAt { get; set; }

        public PostKind Kind { get; set; }

        public Member Author { get; set; } = new();
    }

    private sealed class Member
    {
        public string Name { get; set; } = string.Empty;

        public string? Email { get; set; }
    }

    private sealed class CreatePostInput
    {
        public string Title { get; set; } = string.Empty;

        public string Body { get; set; } = string.Empty;

        public string? Legacy { get; set; }
    }
}
