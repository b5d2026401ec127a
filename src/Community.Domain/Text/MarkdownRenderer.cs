using Markdig;

namespace Community.Domain.Text;

/// <summary>Renders Markdown bodies to HTML; raw HTML in a body is escaped, never passed through.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();
}
