using System.Linq.Expressions;
using System.Reflection;

namespace Community.GraphQL.Data.Sorting;

/// <summary>What a <see cref="SortTypeDescriptor{T}"/> was told, read without knowing its type argument.</summary>
internal interface ISortTypeConfiguration
{
    IReadOnlySet<MemberInfo> Ignored { get; }

    IReadOnlyList<(string Name, LambdaExpression Expression)> Computed { get; }

    string? TypeName { get; }

    bool IsExplicit { get; }

    IReadOnlySet<MemberInfo> Included { get; }
}
