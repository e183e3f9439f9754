using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Compliance.Checking.Configuration;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Compliance.Checking.Reading.Pdf;

/// <summary>
/// PdfPig's stream filters, with a bound on what they may decode to: all streams together at most
/// <see cref="CheckerLimits.PdfDecodedBytes"/>, and neither a stream nor the whole document, past 1 MB, decoded to more
/// than <see cref="CheckerLimits.MaxCompressionRatio"/> times its encoded size. A Flate
/// stream (the PDF zip bomb) is first inflated into a small buffer that is only counted, and an LZW stream's length
/// computed from its codes, so an oversized one is refused before PdfPig allocates its result; the other filters
/// (ASCII, run length: at most 128×) are judged on their result. One guard per document: it keeps the first violation, because PdfPig's lenient
/// parsing may swallow the exception; the reader asks <see cref="ThrowIfViolated"/> after each page.
/// </summary>
internal sealed class PdfStreamGuard(CheckerLimits limits, long documentBytes) : IFilterProvider
{
    private const int ZlibHeaderLength = 2;

    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly Dictionary<IFilter, IFilter> _guarded = new(ReferenceEqualityComparer.Instance);

    // Streams already decoded, by the bytes PdfPig holds for them: PdfPig loads a page's resources (fonts, their
    // ToUnicode maps) again for every page, so a browser's PDF with hundreds of small Type 3 fonts decodes the same
    // streams hundreds of times. Each decode is transient; counting it again would make the sum grow with
    // pages × fonts rather than with the file, and refuse an ordinary 300-page bulletin.
    private readonly HashSet<(object Array, int Offset, int Length, IFilter Filter)> _seen = [];

    /// <summary>Bytes decoded so far by every filter of the document.</summary>
    public long Decoded { get; private set; }

    /// <summary>The first limit exceeded, or null.</summary>
    public InputLimitExceededException? Violation { get; private set; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Guard(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Guard(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Guard(_inner.GetAllFilters());

    public void ThrowIfViolated()
    {
        if (Violation is { } violation) throw violation;
    }

    private IFilter[] Guard(IReadOnlyList<IFilter> filters)
    {
        var guarded = new IFilter[filters.Count];
        for (var i = 0; i < guarded.Length; i++)
        {
            var filter = filters[i];
            if (!_guarded.TryGetValue(filter, out var wrapper)) _guarded[filter] = wrapper = new GuardedFilter(filter, this);
            guarded[i] = wrapper;
        }
        return guarded;
    }

    /// <summary>The same encoded bytes went through the same filter before (and were counted then); marks them seen.</summary>
    private bool DecodedBefore(Memory<byte> input, IFilter filter)
    {
        if (!MemoryMarshal.TryGetArray<byte>(input, out var segment) || segment.Array is null) return false;
        return !_seen.Add((segment.Array, segment.Offset, segment.Count, filter));
    }

    /// <summary>Inflates a Flate stream into a reused buffer, only counting, up to the most it may decode to.</summary>
    private void Precount(ReadOnlyMemory<byte> encoded)
    {
        if (encoded.Length <= ZlibHeaderLength) return;
        var allowed = Allowed(encoded.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var deflate = new DeflateStream(ReadOnlyStreams.Over(encoded[ZlibHeaderLength..]), CompressionMode.Decompress);
            long inflated = 0;
            int read;
            while ((read = deflate.Read(buffer)) > 0)
            {
                inflated += read;
                if (inflated > allowed)
                {
                    Check(inflated, encoded.Length);
                    return;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged: PdfPig's own filter salvages what it can, and its result is counted like any other.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Counts what an LZW stream decodes to (ISO 32000-1, 7.4.4) from the lengths of its table's sequences only, without
    /// writing them: LZW can expand about 2,600 times, and PdfPig's filter would allocate all of it first.
    /// </summary>
    private void PrecountLzw(ReadOnlySpan<byte> encoded, bool earlyChange)
    {
        const int ClearTable = 256, EndOfData = 257, FirstFreeCode = 258, MaxCodes = 4096;
        var allowed = Allowed(encoded.Length);
        Span<ushort> lengths = stackalloc ushort[MaxCodes];
        var offset = earlyChange ? 0 : 1;
        var (nextCode, codeBits, boundary) = (FirstFreeCode, 9, 511 + offset);
        var (previous, previousLength) = (-1, 0);
        var (bits, bitCount, position) = (0UL, 0, 0);
        long decoded = 0;
        while (true)
        {
            while (bitCount < codeBits)
            {
                if (position >= encoded.Length) return;
                bits = (bits << 8) | encoded[position++];
                bitCount += 8;
            }
            var code = (int)((bits >> (bitCount - codeBits)) & ((1UL << codeBits) - 1));
            bitCount -= codeBits;
            if (code == EndOfData) return;
            if (code == ClearTable)
            {
                (nextCode, codeBits, boundary, previous) = (FirstFreeCode, 9, 511 + offset, -1);
                continue;
            }
            int length;
            if (code < ClearTable) length = 1;
            else if (code < nextCode) length = lengths[code];
            else if (previous >= 0) length = previousLength + 1;
            else return; // not a valid code: PdfPig's filter refuses the stream itself
            decoded += length;
            if (decoded > allowed)
            {
                Check(decoded, encoded.Length);
                return;
            }
            if (previous >= 0 && nextCode < MaxCodes)
            {
                lengths[nextCode++] = (ushort)(previousLength + 1);
                if (nextCode >= boundary && codeBits < 12)
                {
                    codeBits++;
                    boundary = codeBits == 10 ? 1023 + offset : codeBits == 11 ? 2047 + offset : int.MaxValue;
                }
            }
            (previous, previousLength) = (code, length);
        }
    }

    private static bool EarlyChange(DictionaryToken streamDictionary, int filterIndex)
        => !(DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex) is { } parameters
             && parameters.TryGet(NameToken.Create("EarlyChange"), out NumericToken value) && value.Int == 0);

    /// <summary>The most one stream of <paramref name="encodedLength"/> bytes may decode to.</summary>
    private long Allowed(long encodedLength)
        => Math.Min(limits.PdfDecodedBytes - Decoded,
                    Math.Max(CheckerLimits.RatioFloorBytes, (long)Math.Min(long.MaxValue / 2, (double)limits.MaxCompressionRatio * encodedLength)));

    private void Account(long decoded, long encodedLength)
    {
        Check(decoded, encodedLength);
        Decoded += decoded;
    }

    private void Check(long decoded, long encodedLength)
    {
        InputLimitExceededException? violation = null;
        if (Decoded + decoded > limits.PdfDecodedBytes)
        {
            violation = new InputLimitExceededException(UnreadableKind.PdfStreamTooLarge, $"streams decode past {limits.PdfDecodedBytes} bytes");
        }
        else if (limits.ExceedsRatio(decoded, encodedLength))
        {
            violation = new InputLimitExceededException(UnreadableKind.PdfCompressionRatio, $"a stream of {encodedLength} bytes decodes past {decoded} bytes");
        }
        else if (limits.ExceedsRatio(Decoded + decoded, documentBytes))
        {
            // Many small streams, each under the ratio's floor, may not add up to a bomb either.
            violation = new InputLimitExceededException(UnreadableKind.PdfCompressionRatio, $"streams decode past {Decoded + decoded} bytes from a file of {documentBytes}");
        }
        if (violation is null) return;
        Violation ??= violation;
        throw Violation;
    }

    private sealed class GuardedFilter(IFilter inner, PdfStreamGuard guard) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            guard.ThrowIfViolated();
            if (guard.DecodedBefore(input, inner)) return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (inner is FlateFilter) guard.Precount(input);
            else if (inner is LzwFilter) guard.PrecountLzw(input.Span, EarlyChange(streamDictionary, filterIndex));
            var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            guard.Account(decoded.Length, input.Length);
            return decoded;
        }
    }
}
