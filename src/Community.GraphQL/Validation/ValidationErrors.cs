using System.Text;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation;

/// <summary>
/// Every validation message, written once, worded as graphql-js words it so that clients and
/// tooling see familiar text. Rules and tests both call these.
/// </summary>
internal static class ValidationErrors
{
    private const int MaxSuggestions = 5;

    public static string TooManyErrors() => "Too many validation errors, error limit reached. Validation aborted.";

    public static string DocumentTooDeep() => "The document is nested too deeply to be validated.";

    // 5.1.1 Executable Definitions
    public static string NonExecutableDefinition(string? definitionName)
        => definitionName is null ? "The schema definition is not executable." : $"The \"{definitionName}\" definition is not executable.";

    // 5.2.1.1 Operation Type Existence
    public static string UnsupportedOperation(OperationType operation)
        => $"The {operation.ToString().ToLowerInvariant()} operation is not supported by the schema.";

    // 5.2.2.1 Operation Name Uniqueness
    public static string DuplicateOperationName(string name) => $"There can be only one operation named \"{name}\".";

    // 5.2.3.1 Lone Anonymous Operation
    public static string AnonymousOperationNotAlone() => "This anonymous operation must be the only defined operation.";

    // 5.2.4.1 Single Root Field
    public static string SubscriptionNoField(string? operationName) => operationName is null
        ? "Anonymous Subscription must select one top level field."
        : $"Subscription \"{operationName}\" must select one top level field.";

    public static string SubscriptionNotSingleField(string? operationName) => operationName is null
        ? "Anonymous Subscription must select only one top level field."
        : $"Subscription \"{operationName}\" must select only one top level field.";

    public static string SubscriptionIntrospectionField(string? operationName) => operationName is null
        ? "Anonymous Subscription must not select an introspection top level field."
        : $"Subscription \"{operationName}\" must not select an introspection top level field.";

    public static string SubscriptionSkipOrInclude(string? operationName) => operationName is null
        ? "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection."
        : $"Subscription \"{operationName}\" must not use `@skip` or `@include` directives in the top level selection.";

    // 5.3.1 Field Selections
    public static string UndefinedField(string fieldName, string typeName, IReadOnlyList<string> suggestedTypes, IReadOnlyList<string> suggestedFields)
    {
        var suggestion = DidYouMean("to use an inline fragment on", suggestedTypes);
        if (suggestion.Length == 0)
        {
            suggestion = DidYouMean(suggestedFields);
        }

        return $"Cannot query field \"{fieldName}\" on type \"{typeName}\"." + suggestion;
    }

    // 5.3.2 Field Selection Merging
    public static string FieldsConflict(ConflictReason reason)
        => $"Fields \"{ConflictReason.Abbreviate(reason.ResponseName)}\" conflict because {reason.Describe()}. Use different aliases on the fields to fetch both if this was intentional.";

    public static string DifferentFieldNames(string name1, string name2)
        => $"\"{ConflictReason.Abbreviate(name1)}\" and \"{ConflictReason.Abbreviate(name2)}\" are different fields";

    public static string DifferingArguments() => "they have differing arguments";

    public static string ConflictingTypes(IGraphQLType type1, IGraphQLType type2) => $"they return conflicting types \"{type1}\" and \"{type2}\"";

    // 5.3.3 Leaf Field Selections
    public static string NoSubselectionAllowed(string fieldName, IGraphQLType type)
        => $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.";

    public static string RequiredSubselection(string fieldName, IGraphQLType type)
        => $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?";

    // 5.4.1 Argument Names
    public static string UnknownArgument(string argumentName, string fieldCoordinate, IReadOnlyList<string> suggestions)
        => $"Unknown argument \"{argumentName}\" on field \"{fieldCoordinate}\"." + DidYouMean(suggestions);

    public static string UnknownDirectiveArgument(string argumentName, string directiveName, IReadOnlyList<string> suggestions)
        => $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + DidYouMean(suggestions);

    // 5.4.2 Argument Uniqueness
    public static string DuplicateArgument(string argumentName) => $"There can be only one argument named \"{argumentName}\".";

    // 5.4.3 Required Arguments
    public static string MissingArgument(string argumentCoordinate, IGraphQLType type)
        => $"Argument \"{argumentCoordinate}\" of type \"{type}\" is required, but it was not provided.";

    // 5.5.1.1 Fragment Name Uniqueness
    public static string DuplicateFragmentName(string name) => $"There can be only one fragment named \"{name}\".";

    // 5.5.1.2 Fragment Spread Type Existence
    public static string UnknownType(string typeName, IReadOnlyList<string> suggestions) => $"Unknown type \"{typeName}\"." + DidYouMean(suggestions);

    // 5.5.1.3 Fragments on Object, Interface or Union Types
    public static string InlineFragmentOnNonCompositeType(string typeName)
        => $"Fragment cannot condition on non composite type \"{typeName}\".";

    public static string FragmentOnNonCompositeType(string fragmentName, string typeName)
        => $"Fragment \"{fragmentName}\" cannot condition on non composite type \"{typeName}\".";

    // 5.5.1.4 Fragments Must Be Used
    public static string UnusedFragment(string fragmentName) => $"Fragment \"{fragmentName}\" is never used.";

    // 5.5.2.1 Fragment Spread Target Defined
    public static string UnknownFragment(string fragmentName) => $"Unknown fragment \"{fragmentName}\".";

    // 5.5.2.2 Fragment Spreads Must Not Form Cycles
    public static string FragmentCycle(string fragmentName, IReadOnlyList<string> via) => via.Count == 0
        ? $"Cannot spread fragment \"{fragmentName}\" within itself."
        : $"Cannot spread fragment \"{fragmentName}\" within itself via {string.Join(", ", via.Select(name => $"\"{name}\""))}.";

    // 5.5.2.3 Fragment Spread Is Possible
    public static string ImpossibleInlineFragmentSpread(string parentTypeName, string fragmentTypeName)
        => $"Fragment cannot be spread here as objects of type \"{parentTypeName}\" can never be of type \"{fragmentTypeName}\".";

    public static string ImpossibleFragmentSpread(string fragmentName, string parentTypeName, string fragmentTypeName)
        => $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentTypeName}\" can never be of type \"{fragmentTypeName}\".";

    // 5.6.1 Values of Correct Type
    public static string BadValue(IGraphQLType type, string printedValue) => $"Expected value of type \"{type}\", found: {printedValue}.";

    public static string BadValue(IGraphQLType type, string printedValue, string reason)
        => $"Expected value of type \"{type}\", but encountered error \"{reason}\"; found: {printedValue}.";

    public static string NullForNonNull(IGraphQLType type) => $"Expected value of non-null type \"{type}\" not to be null.";

    public static string NotAnObject(string typeName, string printedValue) => $"Expected value of type \"{typeName}\" to be an object, found: {printedValue}.";

    public static string EnumNonEnumValue(string enumName, string printedValue, IReadOnlyList<string> suggestions)
        => $"Enum \"{enumName}\" cannot represent non-enum value: {printedValue}." + DidYouMean("the enum value", suggestions);

    public static string UnknownEnumValue(string enumName, string printedValue, IReadOnlyList<string> suggestions)
        => $"Value \"{printedValue}\" does not exist in \"{enumName}\" enum." + DidYouMean("the enum value", suggestions);

    public static string OneOfNotExactlyOneNonNullField(string typeName)
        => $"Within OneOf Input Object type \"{typeName}\", exactly one field must be specified, and the value for that field must be non-null.";

    public static string OneOfNullableVariable(string variableName, string variableType, string typeName)
        => $"Variable \"${variableName}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{typeName}\".";

    // 5.6.2 Input Object Field Names
    public static string UnknownInputField(string fieldName, string typeName, IReadOnlyList<string> suggestions, string printedObject)
    {
        var suggestion = DidYouMean(suggestions);
        var found = suggestion.Length == 0 ? ", found" : "." + suggestion + " Found";
        return $"Expected value of type \"{typeName}\" not to include unknown field \"{fieldName}\"{found}: {printedObject}.";
    }

    // 5.6.3 Input Object Field Uniqueness
    public static string DuplicateInputField(string fieldName) => $"There can be only one input field named \"{fieldName}\".";

    // 5.6.4 Input Object Required Fields
    public static string MissingInputField(string typeName, string fieldName, string printedObject)
        => $"Expected value of type \"{typeName}\" to include required field \"{fieldName}\", found: {printedObject}.";

    // 5.7.1 Directives Are Defined
    public static string UnknownDirective(string directiveName) => $"Unknown directive \"@{directiveName}\".";

    // 5.7.2 Directives Are in Valid Locations
    public static string MisplacedDirective(string directiveName, string location) => $"Directive \"@{directiveName}\" may not be used on {location}.";

    // 5.7.3 Directives Are Unique per Location
    public static string DuplicateDirective(string directiveName) => $"The directive \"@{directiveName}\" can only be used once at this location.";

    // 5.8.1 Variable Uniqueness
    public static string DuplicateVariable(string variableName) => $"There can be only one variable named \"${variableName}\".";

    // 5.8.2 Variables Are Input Types
    public static string NonInputTypeOnVariable(string variableName, string typeName) => $"Variable \"${variableName}\" cannot be non-input type \"{typeName}\".";

    // 5.8.3 All Variable Uses Defined
    public static string UndefinedVariable(string variableName, string? operationName) => operationName is null
        ? $"Variable \"${variableName}\" is not defined."
        : $"Variable \"${variableName}\" is not defined by operation \"{operationName}\".";

    // 5.8.4 All Variables Used
    public static string UnusedVariable(string variableName, string? operationName) => operationName is null
        ? $"Variable \"${variableName}\" is never used."
        : $"Variable \"${variableName}\" is never used in operation \"{operationName}\".";

    // 5.8.5 All Variable Usages Are Allowed
    public static string BadVariablePosition(string variableName, IGraphQLType variableType, IGraphQLType expectedType)
        => $"Variable \"${variableName}\" of type \"{variableType}\" used in position expecting type \"{expectedType}\".";

    // Introspection depth (graphql-js MaxIntrospectionDepthRule)
    public static string IntrospectionTooDeep() => "Maximum introspection depth exceeded";

    /// <summary>" Did you mean "a", "b", or "c"?" (at most five), or nothing when there is no suggestion.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <inheritdoc cref="DidYouMean(IReadOnlyList{string})"/>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            builder.Append(subMessage).Append(' ');
        }

        if (suggestions.Count == 1)
        {
            return builder.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        }

        if (suggestions.Count == 2)
        {
            return builder.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var shown = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < shown - 1; i++)
        {
            builder.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return builder.Append("or \"").Append(suggestions[shown - 1]).Append("\"?").ToString();
    }
}
