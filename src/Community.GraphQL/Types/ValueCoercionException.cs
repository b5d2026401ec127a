namespace Community.GraphQL.Types;

/// <summary>A constant value could not be coerced to its input type; the message says why.</summary>
internal sealed class ValueCoercionException : Exception
{
    public ValueCoercionException(string message)
        : base(message)
    {
    }
}
