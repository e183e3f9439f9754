namespace Compliance.Checking.Configuration;

/// <summary>
/// Bounds on the work one bulletin may cause, whatever its content: anyone who can upload a file can make the checker
/// work, and a worker has a few GB and a time limit. Bound from <c>Checking:Limits</c> (or <c>limits</c> in
/// compliance.json). Input over a limit gets a <c>structure.unreadable</c> finding saying which limit, never an
/// exception. The sizes a .docx or PDF may expand to are derived from <see cref="MaxBulletinBytes"/> unless set.
/// </summary>
public sealed class CheckerLimits
{
    public const long DefaultMaxBulletinBytes = 20 * 1024 * 1024;

    /// <summary>Largest file checked. The hosts set it from <c>Storage:MaxBulletinBytes</c>, so that the checker
    /// and the upload limit agree; <c>compliance check</c> takes it from compliance.json (default 20 MB).</summary>
    public long MaxBulletinBytes { get; set; } = DefaultMaxBulletinBytes;

    /// <summary>Wall-clock time one bulletin may take, reading included; checked between pages, paragraphs,
    /// stages and documents. Default 120 s, well below the Functions timeout (host.json: 10 min).</summary>
    public double TimeBudgetSeconds { get; set; } = 120;

    /// <summary>Longest line (paragraph) read, in characters, in any format. Joined PDF paragraphs of real
    /// bulletins stay under a few thousand characters.</summary>
    public int MaxLineCharacters { get; set; } = 100_000;

    /// <summary>Most lines (paragraphs) read, in any format. Default one per 20 bytes of <see cref="MaxBulletinBytes"/>
    /// (1,048,576 for 20 MB); real bulletins average about 100 bytes a line. A line costs the checker some 80 bytes
    /// however short it is, so this bounds the memory of a file of empty lines.</summary>
    public int? MaxLines { get; set; }

    /// <summary>Most entries (parts) a .docx may hold. Word writes about 15–40; images add one each.</summary>
    public int MaxDocxParts { get; set; } = 1_000;

    /// <summary>Largest decompressed part of a .docx (word/document.xml). Default 2 × <see cref="MaxBulletinBytes"/>.</summary>
    public long? MaxDocxPartBytes { get; set; }

    /// <summary>Largest decompressed .docx: the sizes its entries declare, and the bytes actually inflated.
    /// Default 4 × <see cref="MaxBulletinBytes"/>.</summary>
    public long? MaxDocxTotalBytes { get; set; }

    /// <summary>Highest compression ratio (decompressed ÷ compressed) of a .docx part or PDF stream that is read, and
    /// of the whole file, once past 1 MB. Word XML compresses 5–20×, PDF content streams 3–10×; deflate allows 1032×.
    /// So what a file expands to is at most this many times its size: memory stays a multiple of the input.</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Deepest element nesting in a .docx's XML. Word's own documents stay well under 50 (nested tables).</summary>
    public int MaxXmlDepth { get; set; } = 256;

    /// <summary>Most pages a PDF may declare. The seeds' gazettes have 61–152.</summary>
    public int MaxPdfPages { get; set; } = 2_000;

    /// <summary>Most objects in a PDF's cross-reference table. A 150-page gazette has a few thousand.</summary>
    public int MaxPdfObjects { get; set; } = 500_000;

    /// <summary>Deepest nesting of PDF arrays and dictionaries (PdfPig's parser recursion).</summary>
    public int MaxPdfNestingDepth { get; set; } = 100;

    /// <summary>Most bytes all of a PDF's streams may decode to (content, fonts, cross-reference streams).
    /// Default 2 × <see cref="MaxBulletinBytes"/>. A 150-page
    /// gazette decodes to a few MB; PdfPig turns each decoded byte of content into a few bytes of letters.</summary>
    public long? MaxPdfDecodedBytes { get; set; }

    /// <summary>Below this many decompressed bytes the compression ratio is not judged: small parts of repeated
    /// markup compress far better than 100× and cost nothing.</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    public TimeSpan TimeBudget => TimeSpan.FromSeconds(TimeBudgetSeconds);

    public int Lines => MaxLines ?? (int)Math.Min(int.MaxValue, MaxBulletinBytes / 20);

    public long DocxPartBytes => MaxDocxPartBytes ?? 2 * MaxBulletinBytes;

    public long DocxTotalBytes => MaxDocxTotalBytes ?? 4 * MaxBulletinBytes;

    public long PdfDecodedBytes => MaxPdfDecodedBytes ?? 2 * MaxBulletinBytes;

    /// <summary>True when <paramref name="decompressed"/> bytes out of <paramref name="compressed"/> exceed the ratio.</summary>
    public bool ExceedsRatio(long decompressed, long compressed)
        => decompressed > RatioFloorBytes && decompressed > (double)MaxCompressionRatio * Math.Max(1, compressed);

    /// <summary>Every limit must be positive; the message names the setting, for the person who edits it.</summary>
    internal IEnumerable<string> Problems()
    {
        if (MaxBulletinBytes <= 0) yield return nameof(MaxBulletinBytes);
        if (!(TimeBudgetSeconds > 0) || double.IsInfinity(TimeBudgetSeconds)) yield return nameof(TimeBudgetSeconds);
        if (MaxLineCharacters <= 0) yield return nameof(MaxLineCharacters);
        if (MaxLines <= 0) yield return nameof(MaxLines);
        if (MaxDocxParts <= 0) yield return nameof(MaxDocxParts);
        if (MaxDocxPartBytes <= 0) yield return nameof(MaxDocxPartBytes);
        if (MaxDocxTotalBytes <= 0) yield return nameof(MaxDocxTotalBytes);
        if (MaxCompressionRatio <= 0) yield return nameof(MaxCompressionRatio);
        if (MaxXmlDepth <= 0) yield return nameof(MaxXmlDepth);
        if (MaxPdfPages <= 0) yield return nameof(MaxPdfPages);
        if (MaxPdfObjects <= 0) yield return nameof(MaxPdfObjects);
        if (MaxPdfNestingDepth <= 0) yield return nameof(MaxPdfNestingDepth);
        if (MaxPdfDecodedBytes <= 0) yield return nameof(MaxPdfDecodedBytes);
    }
}
