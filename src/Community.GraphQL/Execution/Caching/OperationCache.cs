namespace Community.GraphQL.Execution.Caching;

/// <summary>
/// A thread-safe LRU cache of prepared documents keyed by their text: the dictionary hashes the
/// text and compares it exactly, so two documents never share an entry. Bounded both in entries
/// and in total text length (so that large unique documents cannot fill memory); the least
/// recently used entry goes first.
/// </summary>
internal sealed class OperationCache
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Text, PreparedDocument Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, PreparedDocument Document)> _recency = new();
    private readonly int _capacity;
    private readonly long _maxCharacters;
    private long _characters;
    private long _hits;
    private long _misses;

    public OperationCache(int capacity, long maxCharacters = long.MaxValue)
    {
        _capacity = Math.Max(0, capacity);
        _maxCharacters = Math.Max(0, maxCharacters);
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Requests answered from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Requests that had to parse, validate and plan.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    public PreparedDocument GetOrAdd(string text, Func<string, PreparedDocument> create)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                Interlocked.Increment(ref _hits);
                return node.Value.Document;
            }
        }

        Interlocked.Increment(ref _misses);

        // Created outside the lock: parsing a large document must not stall other requests.
        var document = create(text);
        if (_capacity == 0 || text.Length > _maxCharacters)
        {
            return document;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var existing))
            {
                return existing.Value.Document;
            }

            var node = _recency.AddFirst((text, document));
            _entries[text] = node;
            _characters += text.Length;
            while ((_entries.Count > _capacity || _characters > _maxCharacters) && _recency.Last is { } last)
            {
                _recency.RemoveLast();
                _entries.Remove(last.Value.Text);
                _characters -= last.Value.Text.Length;
            }

            return document;
        }
    }
}
