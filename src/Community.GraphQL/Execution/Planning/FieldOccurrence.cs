using Community.GraphQL.Language;

namespace Community.GraphQL.Execution.Planning;

/// <summary>One place a field was selected, with the variable conditions on the path that led to it.</summary>
internal readonly record struct FieldOccurrence(FieldNode Node, InclusionCondition[] Conditions);
