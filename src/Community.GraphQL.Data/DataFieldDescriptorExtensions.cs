using System.Runtime.CompilerServices;
using Community.GraphQL.Data.Filtering;
using Community.GraphQL.Data.Paging;
using Community.GraphQL.Data.Sorting;
using Community.GraphQL.Types;

namespace Community.GraphQL.Data;

/// <summary>
/// Opts a list field into the conventions HotChocolate clients know. Written in HotChocolate's
/// order, <c>UsePaging</c>, <c>UseProjection</c>, <c>UseFiltering</c>, <c>UseSorting</c>; the resolver returns an
/// <see cref="IQueryable{T}"/> (or a sequence) of items and the conventions turn
/// it into one query. Pass the schema's <see cref="DataConventions"/> to each call (or none, for
/// <see cref="DataConventions.Default"/>).
/// </summary>
/// <example>
/// <code>
/// q.Field("posts", f => f
///     .UsePaging&lt;Post&gt;(conventions: data)
///     .UseFiltering&lt;Post&gt;(data)
///     .UseSorting&lt;Post&gt;(data)
///     .Resolve(ctx => ctx.Services.GetRequiredService&lt;Db&gt;().Posts))
/// </code>
/// </example>
public static class DataFieldDescriptorExtensions
{
    /// <summary>The weight of a database-backed list and of its filter and order, as HotChocolate weighs them.</summary>
    private const double PagedFieldWeight = 10;

    private static readonly ConditionalWeakTable<FieldDescriptor, object> Fields = [];

    /// <summary>
    /// Cursor paging: <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, and the field's type
    /// becomes <c>&lt;Field&gt;Connection</c>. Cursors are keyset cursors over the order's keys and the item's key.
    /// </summary>
    public static FieldDescriptor UsePaging<T>(this FieldDescriptor field, string? nodeType = null, Action<PagingOptions>? configure = null, DataConventions? conventions = null)
    {
        var data = DataOf<T>(field, conventions);
        configure?.Invoke(data.Options);
        var connection = data.Options.TypeName ?? Pascal(field.Name) + "Connection";
        var edge = connection.EndsWith("Connection", StringComparison.Ordinal) ? connection[..^"Connection".Length] + "Edge" : connection + "Edge";
        data.Field.Paging = PagingKind.Cursor;
        data.Field.PagingOptions = data.Options;
        data.Field.ResultTypeName = connection;
        // Cost analysis sees the page size, as HotChocolate annotates its paged fields.
        field.Type(connection)
            .Cost(PagedFieldWeight)
            .ListSize(
                assumedSize: data.Options.MaxPageSize ?? data.Conventions.MaxPageSize,
                slicingArguments: ["first", "last"],
                slicingArgumentDefaultValue: data.Options.DefaultPageSize ?? data.Conventions.DefaultPageSize,
                sizedFields: ["edges", "nodes"],
                requireOneSlicingArgument: false)
            .Argument("first", "Int", a => a.Description("How many items to return from the start of the list, or after the cursor given as after."))
            .Argument("after", "String", a => a.Description("Returns the items that follow this cursor."))
            .Argument("last", "Int", a => a.Description("How many items to return from the end of the list, or before the cursor given as before."))
            .Argument("before", "String", a => a.Description("Returns the items that precede this cursor."));
        foreach (var definition in PagingTypeDefinitions.Connection(connection, edge, nodeType ?? data.Conventions.TypeNameOf(typeof(T)), data.Options.IncludeTotalCount))
        {
            field.DependsOn(definition);
        }

        return field;
    }

    /// <summary>Offset paging for lists read by page number: <c>skip</c>, <c>take</c>, and the type <c>&lt;Field&gt;CollectionSegment</c>.</summary>
    public static FieldDescriptor UseOffsetPaging<T>(this FieldDescriptor field, string? nodeType = null, Action<PagingOptions>? configure = null, DataConventions? conventions = null)
    {
        var data = DataOf<T>(field, conventions);
        configure?.Invoke(data.Options);
        var segment = data.Options.TypeName ?? Pascal(field.Name) + "CollectionSegment";
        data.Field.Paging = PagingKind.Offset;
        data.Field.PagingOptions = data.Options;
        data.Field.ResultTypeName = segment;
        field.Type(segment)
            .Cost(PagedFieldWeight)
            .ListSize(
                assumedSize: data.Options.MaxPageSize ?? data.Conventions.MaxPageSize,
                slicingArguments: ["take"],
                slicingArgumentDefaultValue: data.Options.DefaultPageSize ?? data.Conventions.DefaultPageSize,
                sizedFields: ["items"],
                requireOneSlicingArgument: false)
            .Argument("skip", "Int", a => a.Description("How many items to pass over before the page starts."))
            .Argument("take", "Int", a => a.Description("How many items the page holds."));
        foreach (var definition in PagingTypeDefinitions.CollectionSegment(segment, nodeType ?? data.Conventions.TypeNameOf(typeof(T)), data.Options.IncludeTotalCount))
        {
            field.DependsOn(definition);
        }

        return field;
    }

    /// <summary>
    /// Projection: the query loads only the members the selection asks for (nested objects and
    /// lists included), plus the key and the members <see cref="DataConventions.Project{T}"/> names.
    /// </summary>
    public static FieldDescriptor UseProjection<T>(this FieldDescriptor field, DataConventions? conventions = null)
    {
        DataOf<T>(field, conventions).Field.Projection = true;
        return field;
    }

    /// <summary>Filtering: a <c>where: &lt;T&gt;FilterInput</c> argument, translated into the query's WHERE clause.</summary>
    public static FieldDescriptor UseFiltering<T>(this FieldDescriptor field, DataConventions? conventions = null)
    {
        var data = DataOf<T>(field, conventions);
        var model = data.Conventions.FilterModelOf(typeof(T));
        data.Field.Filter = model;
        field.Argument("where", model.Name, a => a.Description("Only the items that meet these conditions.").Cost(PagedFieldWeight));
        foreach (var definition in FilterTypeDefinitions.For(model))
        {
            field.DependsOn(definition);
        }

        return field;
    }

    /// <summary>Sorting: an <c>order: [&lt;T&gt;SortInput!]</c> argument; the item's key is always the last key, so the order is stable.</summary>
    public static FieldDescriptor UseSorting<T>(this FieldDescriptor field, DataConventions? conventions = null)
    {
        var data = DataOf<T>(field, conventions);
        var model = data.Conventions.SortModelOf(typeof(T));
        data.Field.Sort = model;
        field.Argument("order", $"[{model.Name}!]", a => a.Description("The order of the items: the first entry is the main key, later entries break its ties.").Cost(PagedFieldWeight));
        foreach (var definition in SortTypeDefinitions.For(model))
        {
            field.DependsOn(definition);
        }

        return field;
    }

    /// <summary>The order of the list when the client gives no <c>order</c> (a feed: pinned first, then newest first).</summary>
    public static FieldDescriptor UseDefaultOrder<T>(this FieldDescriptor field, Action<DefaultOrderDescriptor<T>> order, DataConventions? conventions = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        var descriptor = new DefaultOrderDescriptor<T>();
        order(descriptor);
        DataOf<T>(field, conventions).Field.DefaultOrder = descriptor.Keys;
        return field;
    }

    private static FieldState<T> DataOf<T>(FieldDescriptor field, DataConventions? conventions)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Fields.TryGetValue(field, out var existing))
        {
            return existing as FieldState<T> ?? throw new InvalidOperationException(
                $"The list conventions of {field.Name} were set up for another item type than {typeof(T).Name}.");
        }

        var state = new FieldState<T>(new DataField<T>(field.Name, conventions ?? DataConventions.Default), conventions ?? DataConventions.Default);
        Fields.Add(field, state);
        field.Use(state.Field.Wrap);
        return state;
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private sealed class FieldState<T>(DataField<T> field, DataConventions conventions)
    {
        public DataField<T> Field { get; } = field;

        public DataConventions Conventions { get; } = conventions;

        public PagingOptions Options { get; } = new();
    }
}
