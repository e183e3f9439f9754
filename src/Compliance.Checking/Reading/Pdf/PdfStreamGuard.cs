using System.Buffers;
using System.IO.Compression;
using Compliance.Checking.Configuration;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Compliance.Checking.Reading.Pdf;

/// <summary>
/// PdfPig's stream filters, with a bound on what each stream may decode to: at most
/// <see cref="CheckerLimits.MaxPdfStreamBytes"/>, and, past 1 MB, at most <see cref="CheckerLimits.MaxCompressionRatio"/>
/// times its encoded size; and a bound on what one page's content (every stream decoded while the page is read, except
/// font programs and images; uncompressed ones by their length) adds up to, <see cref="CheckerLimits.MaxPdfPageContentBytes"/>.
/// Nothing is totalled over the whole file: PdfPig decodes a font or a form again for each page that uses it, and
/// only what one stream or one page holds at a time costs memory. A Flate stream (the PDF zip bomb) is first inflated
/// into a small buffer that is only counted, and an LZW stream's length computed from its codes, so an oversized one is
/// refused before PdfPig allocates its result; the other filters (ASCII, run length: at most 128×) are judged on their
/// result. One guard per document: it keeps the first violation, because PdfPig's lenient parsing may swallow the
/// exception; the reader asks <see cref="ThrowIfViolated"/> after each page.
/// </summary>
internal sealed class PdfStreamGuard(CheckerLimits limits) : IFilterProvider
{
    private const int ZlibHeaderLength = 2;

    private static readonly NameToken[] FontProgramLengths = [NameToken.Create("Length1"), NameToken.Create("Length2"), NameToken.Create("Length3")];
    private static readonly HashSet<string> NotContentSubtypes = new(StringComparer.Ordinal) { "Image", "Type1C", "CIDFontType0C", "OpenType" };
    private static readonly HashSet<string> StructureTypes = new(StringComparer.Ordinal) { "ObjStm", "XRef", "Metadata" };

    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly Dictionary<IFilter, IFilter> _guarded = new(ReferenceEqualityComparer.Instance);

    /// <summary>Content bytes decoded (or read uncompressed) since the current page began.</summary>
    public long PageContent { get; private set; }

    /// <summary>The first limit exceeded, or null.</summary>
    public InputLimitExceededException? Violation { get; private set; }

    /// <summary>Starts counting a new page's content.</summary>
    public void BeginPage() => PageContent = 0;

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

    /// <summary>Inflates a Flate stream into a reused buffer, only counting, up to the most it may decode to.</summary>
    private void Precount(ReadOnlyMemory<byte> encoded, bool content)
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
                if (inflated > allowed) break;
            }
            // Inflated to the end, or past the stream's limits: either way judged before PdfPig decodes it.
            Check(inflated, encoded.Length, content);
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
    private void PrecountLzw(ReadOnlySpan<byte> encoded, bool earlyChange, bool content)
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
                if (position >= encoded.Length)
                {
                    Check(decoded, encoded.Length, content);
                    return;
                }
                bits = (bits << 8) | encoded[position++];
                bitCount += 8;
            }
            var code = (int)((bits >> (bitCount - codeBits)) & ((1UL << codeBits) - 1));
            bitCount -= codeBits;
            if (code == EndOfData)
            {
                Check(decoded, encoded.Length, content);
                return;
            }
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
                Check(decoded, encoded.Length, content);
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

    /// <summary>
    /// Whether a stream is page content: not a font program (FontFile2/3: /Length1–3 or a CFF/OpenType subtype), not an
    /// image, not the file's own structure (object and cross-reference streams, metadata). Contents, forms, patterns,
    /// Type 3 glyphs and character maps are.
    /// </summary>
    private static bool IsContent(DictionaryToken dictionary)
    {
        foreach (var key in FontProgramLengths)
        {
            if (dictionary.ContainsKey(key)) return false;
        }
        if (dictionary.TryGet(NameToken.Subtype, out NameToken subtype) && NotContentSubtypes.Contains(subtype.Data)) return false;
        return !(dictionary.TryGet(NameToken.Type, out NameToken type) && StructureTypes.Contains(type.Data));
    }

    /// <summary>The most one stream of <paramref name="encodedLength"/> bytes may decode to.</summary>
    private long Allowed(long encodedLength)
        => Math.Min(limits.MaxPdfStreamBytes,
                    Math.Max(CheckerLimits.RatioFloorBytes, (long)Math.Min(long.MaxValue / 2, (double)limits.MaxCompressionRatio * encodedLength)));

    /// <summary>Counts an uncompressed content stream of the page, which no filter decodes.</summary>
    public void CountUncompressedContent(long bytes) => CountContent(bytes);

    private void Account(long decoded, long encodedLength, bool content)
    {
        Check(decoded, encodedLength, content);
        if (content) PageContent += decoded;
    }

    private void CountContent(long bytes)
    {
        if (PageContent + bytes > limits.MaxPdfPageContentBytes)
        {
            Fail(new InputLimitExceededException(UnreadableKind.PdfPageTooLarge, $"a page's content reaches {PageContent + bytes} bytes"));
        }
        PageContent += bytes;
    }

    private void Check(long decoded, long encodedLength, bool content)
    {
        if (decoded > limits.MaxPdfStreamBytes)
        {
            Fail(new InputLimitExceededException(UnreadableKind.PdfStreamTooLarge, $"a stream decodes past {limits.MaxPdfStreamBytes} bytes"));
        }
        if (limits.ExceedsRatio(decoded, encodedLength))
        {
            Fail(new InputLimitExceededException(UnreadableKind.PdfCompressionRatio, $"a stream of {encodedLength} bytes decodes past {decoded} bytes"));
        }
        if (content && PageContent + decoded > limits.MaxPdfPageContentBytes)
        {
            Fail(new InputLimitExceededException(UnreadableKind.PdfPageTooLarge, $"a page's content decodes past {PageContent + decoded} bytes"));
        }
    }

    private void Fail(InputLimitExceededException violation)
    {
        Violation ??= violation;
        throw Violation;
    }

    private sealed class GuardedFilter(IFilter inner, PdfStreamGuard guard) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            guard.ThrowIfViolated();
            var content = IsContent(streamDictionary);
            if (inner is FlateFilter) guard.Precount(input, content);
            else if (inner is LzwFilter) guard.PrecountLzw(input.Span, EarlyChange(streamDictionary, filterIndex), content);
            var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            guard.Account(decoded.Length, input.Length, content);
            return decoded;
        }
    }
}
