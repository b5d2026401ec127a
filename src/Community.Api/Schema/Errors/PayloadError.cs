namespace Community.Api.Schema.Errors;

/// <summary>An expected refusal of a mutation, returned in its payload's <c>errors</c> as the error type of its code.</summary>
internal sealed record PayloadError(string Code, string Message);
