namespace Community.GraphQL.Types;

/// <summary>
/// Checks what cost analysis reads from <c>@cost</c> and <c>@listSize</c>: a weight is a finite
/// number, sizes are not negative, slicing arguments are Int arguments of the field, and sized
/// fields are list fields of its type. A wrong annotation would silently mis-price operations,
/// so it stops the schema from being built.
/// </summary>
internal static class CostDirectiveValidator
{
    public static void Validate(IReadOnlyList<NamedType> types, List<string> errors)
    {
        foreach (var type in types)
        {
            CheckWeight(type.Directives, $"Type {type.Name}", errors);
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        CheckWeight(field.Directives, $"Field {complex.Name}.{field.Name}", errors);
                        foreach (var argument in field.Arguments)
                        {
                            CheckWeight(argument.Directives, $"Argument {complex.Name}.{field.Name}({argument.Name}:)", errors);
                        }

                        CheckListSize(field, $"{complex.Name}.{field.Name}", errors);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        CheckWeight(field.Directives, $"Input field {input.Name}.{field.Name}", errors);
                    }

                    break;
            }
        }
    }

    private static void CheckWeight(IReadOnlyList<Language.DirectiveNode> directives, string element, List<string> errors)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != CostDirectives.CostName)
            {
                continue;
            }

            var weight = directive.Arguments.FirstOrDefault(a => a.Name.Value == "weight")?.Value;
            if (weight is null || !CostWeights.TryParse(weight, out _))
            {
                errors.Add($"{element} has a @cost whose weight is not a finite number, such as \"1.5\".");
            }
        }
    }

    private static void CheckListSize(FieldDefinition field, string coordinate, List<string> errors)
    {
        if (ListSizeSettings.Read(field.Directives) is not { } listSize)
        {
            return;
        }

        if (listSize.AssumedSize < 0 || listSize.SlicingArgumentDefaultValue < 0)
        {
            errors.Add($"Field {coordinate} has a @listSize with a negative size.");
        }

        foreach (var name in listSize.SlicingArguments)
        {
            if (field.GetArgument(name) is not { } argument || argument.Type.Nullable() is not ScalarType { Name: "Int" })
            {
                errors.Add($"Field {coordinate} names \"{name}\" as a slicing argument in @listSize, but has no Int argument of that name.");
            }
        }

        if (listSize.SizedFields.Length > 0 && field.Type.NamedType() is not ComplexType)
        {
            errors.Add($"Field {coordinate} has sizedFields in @listSize, but its type has no fields.");
            return;
        }

        foreach (var name in listSize.SizedFields)
        {
            if (((ComplexType)field.Type.NamedType()).GetField(name) is not { } sized || !sized.Type.IsList())
            {
                errors.Add($"Field {coordinate} names \"{name}\" in sizedFields of @listSize, but its type has no list field of that name.");
            }
        }
    }
}
