using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation;

/// <summary>
/// A variable used somewhere in an operation or fragment, with the input type expected where it
/// stands (null when unknown), the default value of that position (argument or input field
/// default), and the input type enclosing that position (the input object whose field it fills,
/// or the list it is an item of), if any.
/// </summary>
internal readonly record struct VariableUsage(
    VariableNode Node,
    IGraphQLType? Type,
    ValueNode? DefaultValue,
    IGraphQLType? ParentType);
