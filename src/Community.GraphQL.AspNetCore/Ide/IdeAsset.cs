namespace Community.GraphQL.AspNetCore.Ide;

/// <summary>One file of the IDE bundle, with its gzip form when compressing it pays.</summary>
internal sealed record IdeAsset(string Name, string ContentType, ReadOnlyMemory<byte> Content, ReadOnlyMemory<byte>? Gzipped, string ETag);
