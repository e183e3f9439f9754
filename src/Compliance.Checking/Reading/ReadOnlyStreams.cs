using System.Runtime.InteropServices;

namespace Compliance.Checking.Reading;

internal static class ReadOnlyStreams
{
    /// <summary>A read-only stream over the bytes, without copying them when they live in an array (they always do here).</summary>
    public static MemoryStream Over(ReadOnlyMemory<byte> bytes)
        => MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
