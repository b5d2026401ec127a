namespace Community.GraphQL.Types;

/// <summary>The scalars the schema builder infers for CLR types, for libraries that generate types from CLR members.</summary>
public static class ClrScalars
{
    /// <summary>The name of the scalar a member of <paramref name="type"/> maps to (<c>string</c> to <c>String</c>), or null.</summary>
    public static string? NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ClrTypeMapper.ScalarNameOf(Nullable.GetUnderlyingType(type) ?? type);
    }
}
