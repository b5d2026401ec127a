using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Community.GraphQL.Execution.Planning;

namespace Community.GraphQL.Execution.Processing;

/// <summary>
/// An object of the result: the plan's response names (shared) and a pooled array of values.
/// Fields left out by a variable <c>@skip</c>/<c>@include</c> hold <see cref="Excluded"/> and are not written.
/// </summary>
internal sealed class ResultMap : ResultNode, IResultMap, IReadOnlyDictionary<string, object?>
{
    public static readonly object Excluded = new();

    private const int MaxPooled = 4096;

    // A pooled map keeps its values array (from ArrayPool) up to this length: a response with
    // more maps than the shared array pool holds per size would otherwise allocate the rest.
    private const int MaxKeptLength = 64;
    private static readonly ConcurrentBag<ResultMap> Pool = [];

    private SelectionSetPlan _plan = null!;
    private object?[] _values = [];
    private int _length;

    private ResultMap()
    {
    }

    public SelectionSetPlan Plan => _plan;

    public int Length => _length;

    public int Count
    {
        get
        {
            var count = 0;
            for (var i = 0; i < _length; i++)
            {
                if (!ReferenceEquals(_values[i], Excluded))
                {
                    count++;
                }
            }

            return count;
        }
    }

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<object?> Values => this.Select(p => p.Value);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public static ResultMap Rent(SelectionSetPlan plan, ResultNode? parent, int parentIndex)
    {
        if (!Pool.TryTake(out var map))
        {
            map = new ResultMap();
        }

        map._plan = plan;
        map._length = plan.Fields.Length;
        if (map._values.Length < map._length)
        {
            if (map._values.Length > 0)
            {
                ArrayPool<object?>.Shared.Return(map._values);
            }

            map._values = ArrayPool<object?>.Shared.Rent(map._length);
        }

        Array.Clear(map._values, 0, map._length);
        map.Parent = parent;
        map.ParentIndex = parentIndex;
        map.IsInvalidated = false;
        return map;
    }

    public object? GetValue(int index) => _values[index];

    public override void SetValue(int index, object? value) => _values[index] = value;

    public override bool IsNonNullSlot(int index) => _plan.Fields[index].IsNonNull;

    public override object PathSegment(int index) => _plan.ResponseNames[index];

    public override void Release(Stack<ResultNode> children)
    {
        for (var i = 0; i < _length; i++)
        {
            if (_values[i] is ResultNode child && ReferenceEquals(child.Parent, this))
            {
                children.Push(child);
            }
        }

        Array.Clear(_values, 0, _length);
        if (_values.Length > MaxKeptLength)
        {
            ArrayPool<object?>.Shared.Return(_values);
            _values = [];
        }

        _length = 0;
        _plan = null!;
        Parent = null;
        if (Pool.Count < MaxPooled)
        {
            Pool.Add(this);
        }
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        var names = _plan.EncodedNames;
        for (var i = 0; i < _length; i++)
        {
            var value = _values[i];
            if (ReferenceEquals(value, Excluded))
            {
                continue;
            }

            writer.WritePropertyName(names[i]);
            ResultWriter.WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var names = _plan.ResponseNames;
        for (var i = 0; i < _length; i++)
        {
            if (names[i] == key && !ReferenceEquals(_values[i], Excluded))
            {
                value = _values[i];
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _length; i++)
        {
            if (!ReferenceEquals(_values[i], Excluded))
            {
                yield return new KeyValuePair<string, object?>(_plan.ResponseNames[i], _values[i]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
