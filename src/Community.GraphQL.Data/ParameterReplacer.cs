using System.Linq.Expressions;

namespace Community.GraphQL.Data;

/// <summary>Inlines a lambda's body with its parameter replaced, so that configured expressions compose into one query.</summary>
internal sealed class ParameterReplacer : ExpressionVisitor
{
    private readonly ParameterExpression _parameter;
    private readonly Expression _replacement;

    private ParameterReplacer(ParameterExpression parameter, Expression replacement)
    {
        _parameter = parameter;
        _replacement = replacement;
    }

    public static Expression Replace(LambdaExpression lambda, Expression replacement) =>
        new ParameterReplacer(lambda.Parameters[0], replacement).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == _parameter ? _replacement : node;
}
