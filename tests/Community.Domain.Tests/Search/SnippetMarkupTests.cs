using Community.Domain.Search;

namespace Community.Domain.Tests.Search;

public sealed class SnippetMarkupTests
{
    private const char Start = SnippetMarkup.StartMark;
    private const char End = SnippetMarkup.EndMark;

    [Fact]
    public void Matches_become_marks_and_everything_else_is_escaped()
    {
        var html = SnippetMarkup.ToHtml($"<img src=x onerror=\"alert('x')\"> & {Start}kraken{End} rises");

        Assert.Equal("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; <mark>kraken</mark> rises", html);
    }

    [Theory]
    [InlineData("a\uE000b", "a<mark>b</mark>")]
    [InlineData("a\uE001b", "ab")]
    [InlineData("\uE000\uE000a\uE001\uE001", "<mark>a</mark>")]
    [InlineData("\uE000a\uE000b\uE001", "<mark>ab</mark>")]
    public void Marks_are_always_balanced(string raw, string html) =>
        Assert.Equal(html, SnippetMarkup.ToHtml(raw));

    [Fact]
    public void Runs_of_white_space_read_as_one_space()
    {
        Assert.Equal("first line second <mark>line</mark>", SnippetMarkup.ToHtml($"  first line\n\n second\t {Start}line{End}  "));
    }

    [Fact]
    public void Text_outside_ASCII_is_kept_as_it_is()
    {
        Assert.Equal("Zürich <mark>星雲</mark> 🔭", SnippetMarkup.ToHtml($"Zürich {Start}星雲{End} 🔭"));
    }
}
