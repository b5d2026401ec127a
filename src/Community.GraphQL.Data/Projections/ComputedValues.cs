using System.Runtime.CompilerServices;

namespace Community.GraphQL.Data.Projections;

/// <summary>
/// Values a list's query computed beside each item (<see cref="DataConventions.Compute{T, TValue}"/>),
/// kept with the item for its field's resolver. A resolver asks here first and falls back to its
/// own loading when the item came another way (by id, from a mutation).
/// </summary>
public static class ComputedValues
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, object?>> Values = [];

    /// <summary>The value the list's query computed for <paramref name="field"/> of <paramref name="item"/>, if it did.</summary>
    public static bool TryGet<TValue>(object item, string field, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Values.TryGetValue(item, out var fields) && fields.TryGetValue(field, out var stored))
        {
            value = stored is null ? default! : (TValue)stored;
            return true;
        }

        value = default!;
        return false;
    }

    internal static void Attach(object item, string field, object? value) =>
        Values.GetValue(item, _ => new Dictionary<string, object?>(StringComparer.Ordinal))[field] = value;
}
