using System.Globalization;

namespace Community.GraphQL.Types;

/// <summary>
/// Applies <c>@cost</c> and <c>@listSize</c> (<see cref="CostDirectives"/>) from code-first
/// descriptors, so that a library can say what its fields cost without writing directive syntax.
/// </summary>
public static class CostDescriptorExtensions
{
    /// <summary>Applies <c>@cost(weight:)</c>: what the field adds to an operation's field cost each time it is selected.</summary>
    public static FieldDescriptor Cost(this FieldDescriptor field, double weight)
        => field.Directive(CostDirectives.CostName, CostArguments(weight));

    /// <summary>Applies <c>@cost(weight:)</c> to an argument or input field: what giving it adds to the field cost.</summary>
    public static InputValueDescriptor Cost(this InputValueDescriptor value, double weight)
        => value.Directive(CostDirectives.CostName, CostArguments(weight));

    /// <summary>Applies <c>@cost(weight:)</c> to an enum type: what each selected value of it adds to the type cost.</summary>
    public static EnumTypeDescriptor Cost(this EnumTypeDescriptor type, double weight)
        => type.Directive(CostDirectives.CostName, CostArguments(weight));

    /// <summary>Applies <c>@cost(weight:)</c> to an object type: what each object of it adds to the type cost (1 when not given).</summary>
    public static TSelf Cost<TSelf>(this ObjectTypeDescriptorBase<TSelf> type, double weight)
        where TSelf : ObjectTypeDescriptorBase<TSelf>
        => type.Directive(CostDirectives.CostName, CostArguments(weight));

    /// <summary>
    /// Applies <c>@listSize</c>: how many items the field's list holds (or, with
    /// <paramref name="sizedFields"/>, the lists of those fields of its type, as a connection's
    /// <c>edges</c> and <c>nodes</c>). Arguments left null are not written.
    /// </summary>
    public static FieldDescriptor ListSize(
        this FieldDescriptor field,
        int? assumedSize = null,
        IEnumerable<string>? slicingArguments = null,
        int? slicingArgumentDefaultValue = null,
        IEnumerable<string>? sizedFields = null,
        bool requireOneSlicingArgument = true)
    {
        // Written in the order HotChocolate prints them; the default of requireOneSlicingArgument is left out.
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (assumedSize is { } size)
        {
            arguments["assumedSize"] = size;
        }

        if (slicingArguments?.ToArray() is { Length: > 0 } slicing)
        {
            arguments["slicingArguments"] = slicing;
        }

        if (slicingArgumentDefaultValue is { } defaultSize)
        {
            arguments["slicingArgumentDefaultValue"] = defaultSize;
        }

        if (sizedFields?.ToArray() is { Length: > 0 } sized)
        {
            arguments["sizedFields"] = sized;
        }

        if (!requireOneSlicingArgument)
        {
            arguments["requireOneSlicingArgument"] = false;
        }

        return field.Directive(CostDirectives.ListSizeName, arguments.Count == 0 ? null : arguments);
    }

    private static Dictionary<string, object?> CostArguments(double weight)
    {
        if (!double.IsFinite(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A cost weight must be a finite number.");
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["weight"] = weight.ToString(CultureInfo.InvariantCulture) };
    }
}
