using Community.Domain.Errors;
using Community.Domain.Search;

namespace Community.Domain.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("nebula", new[] { "nebula" })]
    [InlineData("  nebula   night ", new[] { "nebula", "night" })]
    [InlineData("\"nebula\" OR -night*", new[] { "nebula", "OR", "night" })]
    [InlineData("NEAR(a b, 2)", new[] { "NEAR", "a", "b", "2" })]
    [InlineData("title:nebula", new[] { "title", "nebula" })]
    [InlineData("Zürich café 星雲", new[] { "Zürich", "café", "星雲" })]
    [InlineData("nebula Nebula NEBULA", new[] { "nebula" })]
    [InlineData("🔭 ✨ \"*\" ()", new string[0])]
    public void Text_is_split_into_words_at_anything_but_letters_digits_and_marks(string text, string[] words) =>
        Assert.Equal(words, SearchText.Parse(text).Terms);

    [Fact]
    public void Each_word_is_quoted_and_the_last_matches_as_a_prefix()
    {
        var text = SearchText.Parse("nebula -night");

        Assert.Equal("\"nebula\" \"night\"*", text.ToFts5Query());
        Assert.Equal("'nebula' & 'night':*", text.ToTsQuery());
    }

    [Fact]
    public void A_one_letter_last_word_is_not_a_prefix()
    {
        var text = SearchText.Parse("plan b");

        Assert.Equal("\"plan\" \"b\"", text.ToFts5Query());
        Assert.Equal("'plan' & 'b'", text.ToTsQuery());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Empty_text_is_refused(string? text)
    {
        var error = Assert.Throws<DomainException>(() => SearchText.Parse(text));

        Assert.Equal(DomainErrorCodes.InvalidInput, error.Code);
    }

    [Fact]
    public void Text_longer_than_the_maximum_is_refused()
    {
        Assert.Single(SearchText.Parse(new string('a', SearchText.MaxLength)).Terms);

        var error = Assert.Throws<DomainException>(() => SearchText.Parse(new string('a', SearchText.MaxLength + 1)));
        Assert.Equal(DomainErrorCodes.InvalidInput, error.Code);
        Assert.Contains($"at most {SearchText.MaxLength} characters", error.Message);
    }
}
