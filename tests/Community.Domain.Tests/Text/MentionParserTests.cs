using Community.Domain.Text;

namespace Community.Domain.Tests.Text;

public sealed class MentionParserTests
{
    [Theory]
    [InlineData("Hello @ada", new[] { "ada" })]
    [InlineData("@Jane.Doe, welcome! And @bob.", new[] { "jane.doe", "bob" })]
    [InlineData("mail me at ada@example.com", new string[0])]
    [InlineData("code `@ada` and\n\n    @bob in a block", new string[0])]
    [InlineData("**@ada** and _@bob_", new[] { "ada", "bob" })]
    [InlineData("@ada @ada", new[] { "ada" })]
    public void Finds_handles_in_prose_only(string body, string[] expected) =>
        Assert.Equal(expected.Order(), MentionParser.Parse(body).Order());

    [Fact]
    public void Renders_markdown_without_passing_raw_html_through()
    {
        var html = MarkdownRenderer.ToHtml("**bold** <script>alert(1)</script>");

        Assert.Contains("<strong>bold</strong>", html);
        Assert.DoesNotContain("<script>", html);
    }
}
