using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Clr;

public class NameConventionsTests
{
    [Theory]
    [InlineData("Title", "title")]
    [InlineData("ID", "id")]
    [InlineData("Id", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("createdAt", "createdAt")]
    [InlineData("X", "x")]
    [InlineData("_hidden", "_hidden")]
    public void Member_names_become_camel_case_field_names(string clrName, string expected)
        => Assert.Equal(expected, NameConventions.ToFieldName(clrName));

    [Theory]
    [InlineData("Update", "UPDATE")]
    [InlineData("PraiseGiven", "PRAISE_GIVEN")]
    [InlineData("HTMLPage", "HTML_PAGE")]
    [InlineData("Item2", "ITEM2")]
    [InlineData("Item2Value", "ITEM2_VALUE")]
    [InlineData("ALREADY_UPPER", "ALREADY_UPPER")]
    public void Enum_members_become_screaming_case_values(string clrName, string expected)
        => Assert.Equal(expected, NameConventions.ToEnumValueName(clrName));

    [Theory]
    [InlineData("PRAISE_GIVEN", "PraiseGiven", true)]
    [InlineData("praisegiven", "PraiseGiven", true)]
    [InlineData("PRAISE", "PraiseGiven", false)]
    public void Enum_values_match_members_ignoring_case_and_underscores(string value, string member, bool matches)
        => Assert.Equal(matches, NameConventions.EnumValueMatches(value, member));
}
