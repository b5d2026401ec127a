using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>Metadata of a file attached to a post; the bytes live in the intranet's own storage.</summary>
public sealed class PostAttachment
{
    public const int MaxPerPost = 10;
    public const long MaxSizeBytes = 100L * 1024 * 1024;

    private PostAttachment()
    {
    }

    public PostAttachment(string fileName, string contentType, long sizeBytes, string url)
    {
        FileName = Guard.Text(fileName, nameof(FileName), 255);
        ContentType = Guard.Text(contentType, nameof(ContentType), 100);
        Guard.Against(sizeBytes is < 0 or > MaxSizeBytes, DomainErrors.InvalidInput(
            nameof(SizeBytes), $"between 0 and {MaxSizeBytes} bytes."));
        SizeBytes = sizeBytes;
        Url = Guard.Text(url, nameof(Url), 2000);
    }

    public long Id { get; private set; }

    public long PostId { get; private set; }

    public string FileName { get; private set; } = null!;

    public string ContentType { get; private set; } = null!;

    public long SizeBytes { get; private set; }

    public string Url { get; private set; } = null!;
}
