using System.Globalization;
using System.Text;
using Community.Domain.Errors;

namespace Community.Domain.Search;

/// <summary>
/// What a member typed into the search box, reduced to its words. Everything but letters, digits
/// and combining marks separates words, exactly as the index's tokenizers do, so quotes, <c>*</c>,
/// <c>-</c>, <c>:</c>, parentheses and operator words such as <c>NEAR</c> or <c>OR</c> are plain
/// text: no input reaches the index's query syntax. Every word must match; the last one also
/// matches as a prefix, so results follow the typing.
/// </summary>
public sealed class SearchText
{
    public const int MaxLength = 200;

    /// <summary>The shortest last word that also matches as a prefix (one letter would match most of the index).</summary>
    public const int MinPrefixLength = 2;

    private SearchText(IReadOnlyList<string> terms) => Terms = terms;

    /// <summary>The words, in the order typed, duplicates removed.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Text made only of separators (<c>"*"</c>): valid, and it matches nothing.</summary>
    public bool IsEmpty => Terms.Count == 0;

    /// <exception cref="DomainException"><c>INVALID_INPUT</c> when the text is empty, only white space, or longer than <see cref="MaxLength"/>.</exception>
    public static SearchText Parse(string? text)
    {
        Guard.Against(string.IsNullOrWhiteSpace(text), DomainErrors.InvalidInput("text", "type at least one word to search for."));
        Guard.Against(text!.Length > MaxLength,
            DomainErrors.InvalidInput("text", $"at most {MaxLength} characters; {text.Length} were given. Search for fewer words."));
        return new SearchText(Words(text).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    /// <summary>An FTS5 query: each word quoted (so it is never an operator), all required, the last also as a prefix.</summary>
    public string ToFts5Query() => Join(" ", t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", "*");

    /// <summary>A <c>to_tsquery</c> query: each word quoted, all required (<c>&amp;</c>), the last also as a prefix (<c>:*</c>).</summary>
    public string ToTsQuery() => Join(" & ", t => $"'{t.Replace("'", "''", StringComparison.Ordinal)}'", ":*");

    private string Join(string separator, Func<string, string> quote, string prefixMark) =>
        string.Join(separator, Terms.Select((term, i) =>
            quote(term) + (i == Terms.Count - 1 && term.Length >= MinPrefixLength ? prefixMark : "")));

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
