using Community.GraphQL.Validation.Rules;

namespace Community.GraphQL.Validation;

/// <summary>The rules of the specification's section 5 (September 2025 edition), in graphql-js 17's order.</summary>
public static class SpecifiedRules
{
    /// <summary>Every specified rule, each tagged with its section; the validator runs them in one walk.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        ExecutableDefinitionsRule.Rule,        // 5.1.1 Executable Definitions
        KnownOperationTypesRule.Rule,          // 5.2.1.1 Operation Type Existence
        UniqueOperationNamesRule.Rule,         // 5.2.2.1 Operation Name Uniqueness
        LoneAnonymousOperationRule.Rule,       // 5.2.3.1 Lone Anonymous Operation
        SingleFieldSubscriptionsRule.Rule,     // 5.2.4.1 Single Root Field (and no @skip/@include on it)
        KnownTypeNamesRule.Rule,               // 5.5.1.2 Fragment Spread Type Existence
        FragmentsOnCompositeTypesRule.Rule,    // 5.5.1.3 Fragments on Object, Interface or Union Types
        VariablesAreInputTypesRule.Rule,       // 5.8.2 Variables Are Input Types
        ScalarLeafsRule.Rule,                  // 5.3.3 Leaf Field Selections
        FieldsOnCorrectTypeRule.Rule,          // 5.3.1 Field Selections
        UniqueFragmentNamesRule.Rule,          // 5.5.1.1 Fragment Name Uniqueness
        KnownFragmentNamesRule.Rule,           // 5.5.2.1 Fragment Spread Target Defined
        NoUnusedFragmentsRule.Rule,            // 5.5.1.4 Fragments Must Be Used
        PossibleFragmentSpreadsRule.Rule,      // 5.5.2.3 Fragment Spread Is Possible
        NoFragmentCyclesRule.Rule,             // 5.5.2.2 Fragment Spreads Must Not Form Cycles
        UniqueVariableNamesRule.Rule,          // 5.8.1 Variable Uniqueness
        NoUndefinedVariablesRule.Rule,         // 5.8.3 All Variable Uses Defined
        NoUnusedVariablesRule.Rule,            // 5.8.4 All Variables Used
        KnownDirectivesRule.Rule,              // 5.7.1 Directives Are Defined, 5.7.2 Directives Are in Valid Locations
        UniqueDirectivesPerLocationRule.Rule,  // 5.7.3 Directives Are Unique per Location
        KnownArgumentNamesRule.Rule,           // 5.4.1 Argument Names (fields and directives)
        UniqueArgumentNamesRule.Rule,          // 5.4.2 Argument Uniqueness
        ValuesOfCorrectTypeRule.Rule,          // 5.6.1 Values of Correct Type, 5.6.2 Input Object Field Names, 5.6.4 Required Fields, @oneOf
        ProvidedRequiredArgumentsRule.Rule,    // 5.4.3 Required Arguments (fields and directives)
        VariablesInAllowedPositionRule.Rule,   // 5.8.5 All Variable Usages Are Allowed (and @oneOf variables)
        OverlappingFieldsCanBeMergedRule.Rule, // 5.3.2 Field Selection Merging
        UniqueInputFieldNamesRule.Rule,        // 5.6.3 Input Object Field Uniqueness
        MaxIntrospectionDepthRule.Rule,        // graphql-js MaxIntrospectionDepthRule: introspection nesting limit
    ];
}
