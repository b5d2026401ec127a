using System.Collections;
using System.Reflection;
using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

/// <summary>
/// Structural equality of syntax trees, ignoring locations: two trees are equal when they have the
/// same node types and the same public properties (names, values, lists in order).
/// </summary>
public sealed class SyntaxComparer : IEqualityComparer<SyntaxNode>
{
    public static readonly SyntaxComparer Instance = new();

    public bool Equals(SyntaxNode? x, SyntaxNode? y) => Difference(x, y, "$") is null;

    public int GetHashCode(SyntaxNode obj) => obj.Kind.GetHashCode();

    /// <summary>The path of the first difference, or null when the trees are structurally equal.</summary>
    public static string? Difference(object? x, object? y, string path)
    {
        if (x is null || y is null)
        {
            return x is null && y is null ? null : $"{path}: {x ?? "null"} vs {y ?? "null"}";
        }

        // Lists compare by items whatever their concrete collection type.
        if (x.GetType() != y.GetType() && !(x is IList && y is IList))
        {
            return $"{path}: {x.GetType().Name} vs {y.GetType().Name}";
        }

        if (x is string or bool or Enum)
        {
            return x.Equals(y) ? null : $"{path}: '{x}' vs '{y}'";
        }

        if (x is IList listX && y is IList listY)
        {
            if (listX.Count != listY.Count)
            {
                return $"{path}: {listX.Count} items vs {listY.Count}";
            }

            for (int i = 0; i < listX.Count; i++)
            {
                if (Difference(listX[i], listY[i], $"{path}[{i}]") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        if (x is SyntaxNode)
        {
            foreach (var property in x.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.Name is nameof(SyntaxNode.Location) || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                if (Difference(property.GetValue(x), property.GetValue(y), $"{path}.{property.Name}") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        return x.Equals(y) ? null : $"{path}: '{x}' vs '{y}'";
    }

    public static void AssertEqual(SyntaxNode expected, SyntaxNode actual)
    {
        if (Difference(expected, actual, "$") is { } difference)
        {
            Assert.Fail("Syntax trees differ at " + difference);
        }
    }
}
