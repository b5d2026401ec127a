using System.Linq.Expressions;
using System.Reflection;

namespace Community.GraphQL.Data.Filtering;

/// <summary>What a <see cref="FilterTypeDescriptor{T}"/> was told, read without knowing its type argument.</summary>
internal interface IFilterTypeConfiguration
{
    IReadOnlySet<MemberInfo> Ignored { get; }

    IReadOnlyList<(string Name, LambdaExpression Expression)> Computed { get; }

    IReadOnlyDictionary<MemberInfo, (string Name, string TypeName)> Ids { get; }

    string? TypeName { get; }

    bool IsExplicit { get; }

    IReadOnlySet<MemberInfo> Included { get; }
}
