using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;

namespace Community.GraphQL.Execution.Processing;

/// <summary>A list of the result, its items in a pooled array.</summary>
internal sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private const int MaxPooled = 1024;

    // A pooled list keeps its items array (from ArrayPool) up to this length, as ResultMap does.
    private const int MaxKeptLength = 256;
    private static readonly ConcurrentBag<ResultList> Pool = [];

    private object?[] _items = [];
    private int _count;
    private bool _itemsNonNull;

    private ResultList()
    {
    }

    public int Count => _count;

    public object? this[int index] => (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public static ResultList Rent(int capacity, bool itemsNonNull, ResultNode parent, int parentIndex)
    {
        if (!Pool.TryTake(out var list))
        {
            list = new ResultList();
        }

        if (list._items.Length < capacity || list._items.Length == 0)
        {
            if (list._items.Length > 0)
            {
                ArrayPool<object?>.Shared.Return(list._items);
            }

            list._items = ArrayPool<object?>.Shared.Rent(Math.Max(4, capacity));
        }

        list._count = 0;
        list._itemsNonNull = itemsNonNull;
        list.Parent = parent;
        list.ParentIndex = parentIndex;
        list.IsInvalidated = false;
        return list;
    }

    /// <summary>Appends an empty slot and returns its index.</summary>
    public int AddSlot()
    {
        if (_count == _items.Length)
        {
            var larger = ArrayPool<object?>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, larger, _count);
            Array.Clear(_items, 0, _count);
            ArrayPool<object?>.Shared.Return(_items);
            _items = larger;
        }

        _items[_count] = null;
        return _count++;
    }

    public override void SetValue(int index, object? value) => _items[index] = value;

    public override bool IsNonNullSlot(int index) => _itemsNonNull;

    public override object PathSegment(int index) => index;

    public override void Release(Stack<ResultNode> children)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_items[i] is ResultNode child && ReferenceEquals(child.Parent, this))
            {
                children.Push(child);
            }
        }

        Array.Clear(_items, 0, _count);
        if (_items.Length > MaxKeptLength)
        {
            ArrayPool<object?>.Shared.Return(_items);
            _items = [];
        }

        _count = 0;
        Parent = null;
        if (Pool.Count < MaxPooled)
        {
            Pool.Add(this);
        }
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        for (var i = 0; i < _count; i++)
        {
            ResultWriter.WriteValue(writer, _items[i]);
        }

        writer.WriteEndArray();
    }

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
