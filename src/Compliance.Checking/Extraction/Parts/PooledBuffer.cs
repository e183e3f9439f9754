using System.Buffers;

namespace Compliance.Checking.Extraction.Parts;

/// <summary>
/// A list built in a pooled array and kept as an array of its exact length: a part that holds many entries per document
/// (a body's headings) then allocates their size once, instead of the two or three times a growing list costs.
/// </summary>
internal struct PooledBuffer<T>
{
    private T[]? _items;
    private int _count;

    public void Add(in T item)
    {
        if (_items is null) _items = ArrayPool<T>.Shared.Rent(32);
        else if (_count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan().CopyTo(larger);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }
        _items[_count++] = item;
    }

    /// <summary>The entries as an array of their own, and the pooled array given back.</summary>
    public T[] ToArrayAndReturn()
    {
        if (_items is null) return [];
        var result = _items.AsSpan(0, _count).ToArray();
        ArrayPool<T>.Shared.Return(_items, clearArray: true);
        _items = null;
        _count = 0;
        return result;
    }
}
