using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types;

public class BuiltInDirectivesTests
{
    [Fact]
    public void Skip_and_include_take_a_required_boolean_on_executable_locations()
    {
        foreach (var directive in new[] { BuiltInDirectives.Skip, BuiltInDirectives.Include })
        {
            Assert.Equal([DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment], directive.Locations);
            var argument = Assert.Single(directive.Arguments);
            Assert.Equal("if", argument.Name);
            Assert.Equal("Boolean!", argument.Type.ToString());
            Assert.False(directive.IsRepeatable);
            Assert.False(string.IsNullOrEmpty(directive.Description));
        }
    }

    [Fact]
    public void Deprecated_has_a_non_null_reason_defaulting_to_no_longer_supported()
    {
        var directive = BuiltInDirectives.Deprecated;
        Assert.Equal(
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
            directive.Locations);
        var reason = directive.GetArgument("reason")!;
        Assert.Equal("String!", reason.Type.ToString());
        Assert.Equal("No longer supported", Assert.IsType<StringValueNode>(reason.DefaultValue).Value);
        Assert.Equal("No longer supported", reason.CoercedDefaultValue);
    }

    [Fact]
    public void SpecifiedBy_takes_a_required_url_on_scalars()
    {
        Assert.Equal([DirectiveLocation.Scalar], BuiltInDirectives.SpecifiedBy.Locations);
        Assert.Equal("String!", BuiltInDirectives.SpecifiedBy.GetArgument("url")!.Type.ToString());
    }

    [Fact]
    public void OneOf_has_no_arguments_and_applies_to_input_objects()
    {
        Assert.Equal([DirectiveLocation.InputObject], BuiltInDirectives.OneOf.Locations);
        Assert.Empty(BuiltInDirectives.OneOf.Arguments);
    }

    [Fact]
    public void All_lists_the_five_built_in_directives()
        => Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], BuiltInDirectives.All.Select(d => d.Name));
}
