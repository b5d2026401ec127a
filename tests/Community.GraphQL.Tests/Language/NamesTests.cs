using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

public sealed class NamesTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("_", true)]
    [InlineData("__typename", true)]
    [InlineData("Post2", true)]
    [InlineData("camelCase_9", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("9lives", false)]
    [InlineData("has-dash", false)]
    [InlineData("has space", false)]
    [InlineData("é", false)]
    [InlineData("$var", false)]
    public void Is_valid_name_follows_the_name_grammar(string? name, bool valid)
        => Assert.Equal(valid, Names.IsValidName(name));

    [Theory]
    [InlineData("Post", "Post", false)]
    [InlineData("Post!", "Post", true)]
    [InlineData("[Post!]!", "Post", true)]
    [InlineData("[[Tag]]", "Tag", false)]
    public void Type_helpers_find_the_innermost_named_type(string type, string name, bool nonNull)
    {
        var node = Parser.ParseType(type);
        Assert.Equal(name, node.NamedTypeName());
        Assert.Equal(name, node.NamedType().Name.Value);
        Assert.Equal(nonNull, node.IsNonNull());
        Assert.IsNotType<NonNullTypeNode>(node.NullableType());
    }

    [Fact]
    public void Named_type_name_walks_any_depth_without_recursion()
    {
        TypeNode type = new NamedTypeNode { Name = new NameNode("Deep") };
        for (int i = 0; i < 100_000; i++)
        {
            type = i % 2 == 0 ? new ListTypeNode { Type = type } : new NonNullTypeNode { Type = type };
        }

        Assert.Equal("Deep", type.NamedTypeName());
    }
}
