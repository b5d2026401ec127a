namespace Community.GraphQL.Data.Filtering;

/// <summary>The operation inputs of each filter kind, shaped and named as HotChocolate generates them.</summary>
internal static class FilterOperationTypes
{
    public const string StringInput = "StringOperationFilterInput";
    public const string BooleanInput = "BooleanOperationFilterInput";
    public const string IdInput = "IdOperationFilterInput";

    /// <summary><c>IntOperationFilterInput</c>, <c>DateTimeOperationFilterInput</c>, <c>UuidOperationFilterInput</c>...</summary>
    public static string ComparableInputName(string scalar) => (scalar == "UUID" ? "Uuid" : scalar) + "OperationFilterInput";

    /// <summary>The SDL of the operation input a field uses, and of a list's element input.</summary>
    public static string Sdl(FilterField field) => field.Kind switch
    {
        FilterFieldKind.String => StringSdl(),
        FilterFieldKind.Boolean => BooleanSdl(),
        FilterFieldKind.Id => IdSdl(),
        FilterFieldKind.Comparable => ComparableSdl(field.InputTypeName, ScalarOf(field.InputTypeName)),
        FilterFieldKind.Enum => EnumSdl(field.InputTypeName),
        FilterFieldKind.ObjectList => ObjectListSdl(field.InputTypeName, field.Nested!.Name),
        FilterFieldKind.ScalarList => ObjectListSdl(field.InputTypeName, field.ElementInputTypeName!) + "\n" + Sdl(ElementField(field)),
        _ => "",
    };

    private static FilterField ElementField(FilterField list) => new()
    {
        Name = list.Name,
        Kind = list.ElementKind,
        Access = list.Access,
        ValueType = list.ValueType,
        InputTypeName = list.ElementInputTypeName!,
    };

    private static string ScalarOf(string inputName)
    {
        var scalar = inputName[..^"OperationFilterInput".Length];
        return scalar == "Uuid" ? "UUID" : scalar;
    }

    private static string StringSdl() => $$"""
        "Conditions on a string. Every operator given must hold; null values match only eq: null and the negated operators."
        input {{StringInput}} {
          "Every condition in the list holds."
          and: [{{StringInput}}!]
          "At least one condition in the list holds."
          or: [{{StringInput}}!]
          "Equal to the value, or null when the value is null."
          eq: String
          "Not equal to the value, or not null when the value is null."
          neq: String
          "Contains the value (case-sensitive)."
          contains: String
          "Does not contain the value (case-sensitive)."
          ncontains: String
          "One of the values."
          in: [String]
          "None of the values."
          nin: [String]
          "Starts with the value (case-sensitive)."
          startsWith: String
          "Does not start with the value (case-sensitive)."
          nstartsWith: String
          "Ends with the value (case-sensitive)."
          endsWith: String
          "Does not end with the value (case-sensitive)."
          nendsWith: String
          "Equal to the value, ignoring case."
          eqIgnoreCase: String
          "Contains the value, ignoring case."
          containsIgnoreCase: String
          "Starts with the value, ignoring case."
          startsWithIgnoreCase: String
          "Ends with the value, ignoring case."
          endsWithIgnoreCase: String
        }
        """;

    private static string BooleanSdl() => $$"""
        "Conditions on a Boolean."
        input {{BooleanInput}} {
          "Equal to the value."
          eq: Boolean
          "Not equal to the value."
          neq: Boolean
        }
        """;

    private static string IdSdl() => $$"""
        "Conditions on an id, given as the global ids that the API returns."
        input {{IdInput}} {
          "Equal to the id, or null when the value is null."
          eq: ID
          "Not equal to the id."
          neq: ID
          "One of the ids."
          in: [ID]
          "None of the ids."
          nin: [ID]
        }
        """;

    private static string ComparableSdl(string name, string scalar) => $$"""
        "Conditions on a {{scalar}} value. Every operator given must hold."
        input {{name}} {
          "Equal to the value, or null when the value is null."
          eq: {{scalar}}
          "Not equal to the value, or not null when the value is null."
          neq: {{scalar}}
          "One of the values."
          in: [{{scalar}}]
          "None of the values."
          nin: [{{scalar}}]
          "Greater than the value."
          gt: {{scalar}}
          "Not greater than the value."
          ngt: {{scalar}}
          "Greater than or equal to the value."
          gte: {{scalar}}
          "Not greater than or equal to the value."
          ngte: {{scalar}}
          "Less than the value."
          lt: {{scalar}}
          "Not less than the value."
          nlt: {{scalar}}
          "Less than or equal to the value."
          lte: {{scalar}}
          "Not less than or equal to the value."
          nlte: {{scalar}}
        }
        """;

    private static string EnumSdl(string name)
    {
        var nullable = name.StartsWith("NullableOf", StringComparison.Ordinal);
        var enumName = name[(nullable ? "NullableOf".Length : 0)..^"OperationFilterInput".Length];
        var item = nullable ? enumName : enumName + "!";
        return $$"""
            "Conditions on a {{enumName}} value."
            input {{name}} {
              "Equal to the value{{(nullable ? ", or null when the value is null" : "")}}."
              eq: {{enumName}}
              "Not equal to the value."
              neq: {{enumName}}
              "One of the values."
              in: [{{item}}]
              "None of the values."
              nin: [{{item}}]
            }
            """;
    }

    private static string ObjectListSdl(string name, string itemInput) => $$"""
        "Conditions on a list, through its items."
        input {{name}} {
          "Every item matches."
          all: {{itemInput}}
          "No item matches."
          none: {{itemInput}}
          "At least one item matches."
          some: {{itemInput}}
          "True: the list has items; false: it is empty."
          any: Boolean
        }
        """;
}
