namespace Community.GraphQL.Types;

/// <summary>
/// Scalars beyond the specification, named as HotChocolate names them. A schema includes one
/// when it refers to it by name (SDL <c>scalar DateTime</c>, or a field of type <c>DateTime</c>).
/// </summary>
public static class ExtendedScalars
{
    public static ScalarType DateTime { get; } = new DateTimeType();

    public static ScalarType Date { get; } = new DateType();

    public static ScalarType UUID { get; } = new UuidType();

    public static ScalarType Long { get; } = new LongType();

    public static ScalarType Decimal { get; } = new DecimalType();

    public static ScalarType URL { get; } = new UrlType();

    public static IReadOnlyList<ScalarType> All { get; } = [DateTime, Date, UUID, Long, Decimal, URL];

    /// <summary>The extended scalar of that name, or null.</summary>
    public static ScalarType? Find(string name)
    {
        foreach (var scalar in All)
        {
            if (scalar.Name == name)
            {
                return scalar;
            }
        }

        return null;
    }
}
