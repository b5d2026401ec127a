namespace Community.GraphQL.AspNetCore.Http;

/// <summary>
/// A malformed GraphQL-over-HTTP request: answered 400 with <see cref="ErrorCodes.BadRequest"/>.
/// Used only inside request decoding, where unwinding a nested read is simplest with a throw.
/// </summary>
internal sealed class RequestFormatException(string message) : Exception(message);
