namespace Compliance.Checking.Configuration;

/// <summary>
/// Bounds on the work one bulletin may cause, whatever its content: anyone who can upload a file can make the checker
/// work, and a worker has a few GB and a time limit. Bound from <c>Checking:Limits</c> (or <c>limits</c> in
/// compliance.json). Input over a limit gets a <c>structure.unreadable</c> finding saying which limit, never an
/// exception. Text limits (lines, a .docx body) derive from <see cref="MaxTextBytes"/>, PDF limits are per stream and
/// per page: what a bulletin may hold is bounded, not what its file size happens to be.
/// </summary>
public sealed class CheckerLimits
{
    public const long DefaultMaxBulletinBytes = 64 * 1024 * 1024;

    public const long DefaultMaxTextBytes = 20 * 1024 * 1024;

    /// <summary>Largest file checked. The hosts set it from <c>Storage:MaxBulletinBytes</c>, so that the checker
    /// and the upload limit agree; <c>compliance check</c> takes it from compliance.json (default 64 MB: a born-digital
    /// PDF of 500 pages with embedded fonts and images is some 50 MB).</summary>
    public long MaxBulletinBytes { get; set; } = DefaultMaxBulletinBytes;

    /// <summary>Largest plain-text file checked, and the measure of the text limits (<see cref="MaxLines"/>,
    /// <see cref="MaxDocxPartBytes"/>). Default 20 MB or <see cref="MaxBulletinBytes"/> if smaller: a text file is held
    /// as lines at some 13 bytes of memory per byte, and no bulletin has 20 MB of text (the seeds' largest, 152 pages, 400 KB).</summary>
    public long? MaxTextBytes { get; set; }

    /// <summary>Wall-clock time one bulletin may take, reading included; checked between pages, paragraphs,
    /// stages and documents. Default 120 s, well below the Functions timeout (host.json: 10 min).</summary>
    public double TimeBudgetSeconds { get; set; } = 120;

    /// <summary>Longest line (paragraph) read, in characters, in any format. Joined PDF paragraphs of real
    /// bulletins stay under a few thousand characters.</summary>
    public int MaxLineCharacters { get; set; } = 100_000;

    /// <summary>Most lines (paragraphs) read, in any format. Default one per 20 bytes of <see cref="MaxTextBytes"/>
    /// (1,048,576 for 20 MB); real bulletins average about 100 bytes a line. A line costs the checker some 80 bytes
    /// however short it is, so this bounds the memory of a file of empty lines.</summary>
    public int? MaxLines { get; set; }

    /// <summary>Most entries (parts) a .docx may hold. Word writes about 15–40; images add one each.</summary>
    public int MaxDocxParts { get; set; } = 1_000;

    /// <summary>Largest decompressed part of a .docx (word/document.xml). Default 2 × <see cref="MaxTextBytes"/>: the XML
    /// around a paragraph's text at least doubles it.</summary>
    public long? MaxDocxPartBytes { get; set; }

    /// <summary>Largest decompressed .docx: the sizes its entries declare (images included, which are never inflated),
    /// and the bytes actually inflated. Default 4 × <see cref="MaxBulletinBytes"/>.</summary>
    public long? MaxDocxTotalBytes { get; set; }

    /// <summary>Highest compression ratio (decompressed ÷ compressed) of a .docx part or PDF stream that is read, and
    /// of the whole .docx, once past 1 MB. Word XML compresses 5–20×, PDF content streams 3–10×; deflate allows 1032×.
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

    /// <summary>Largest PDF stream, decoded: a font program, an image, a page's content. A whole CJK font is 10–20 MB
    /// (PDF writers embed a subset: tens to hundreds of KB); a stream is held in memory while it is used.</summary>
    public long MaxPdfStreamBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Most bytes the content of one PDF page may decode to: its content streams, the forms it draws, its
    /// character maps — every stream decoded while reading the page except font programs and images, uncompressed ones
    /// counted by their length. PdfPig makes at most one letter of each byte of text shown, so this bounds a page's letters
    /// before they exist. A page of text takes 10–60 KB.</summary>
    public long MaxPdfPageContentBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most letters one PDF page may hold. A dense gazette page has about 3,000 characters.</summary>
    public int MaxPdfPageLetters { get; set; } = 50_000;

    /// <summary>Most letters a whole PDF may hold: what its text costs the checker once read. Default one per 2 bytes of
    /// <see cref="MaxTextBytes"/> (10,485,760 for 20 MB); a 2,000-page gazette has some 6 million.</summary>
    public int? MaxPdfLetters { get; set; }

    /// <summary>Removed: the total all of a PDF's streams decoded to (2 × <see cref="MaxBulletinBytes"/>) refused
    /// legitimate gazettes, whose fonts and pages together decode to many times the file. Setting it is a configuration
    /// error naming its replacements, <see cref="MaxPdfStreamBytes"/> and <see cref="MaxPdfPageContentBytes"/>.</summary>
    public long? MaxPdfDecodedBytes { get; set; }

    /// <summary>Below this many decompressed bytes the compression ratio is not judged: small parts of repeated
    /// markup compress far better than 100× and cost nothing.</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    public TimeSpan TimeBudget => TimeSpan.FromSeconds(TimeBudgetSeconds);

    public long TextBytes => MaxTextBytes ?? Math.Min(MaxBulletinBytes, DefaultMaxTextBytes);

    public int Lines => MaxLines ?? (int)Math.Min(int.MaxValue, TextBytes / 20);

    public long DocxPartBytes => MaxDocxPartBytes ?? 2 * TextBytes;

    public int PdfLetters => MaxPdfLetters ?? (int)Math.Min(int.MaxValue, TextBytes / 2);

    public long DocxTotalBytes => MaxDocxTotalBytes ?? 4 * MaxBulletinBytes;

    /// <summary>True when <paramref name="decompressed"/> bytes out of <paramref name="compressed"/> exceed the ratio.</summary>
    public bool ExceedsRatio(long decompressed, long compressed)
        => decompressed > RatioFloorBytes && decompressed > (double)MaxCompressionRatio * Math.Max(1, compressed);

    /// <summary>Why a setting that no longer exists is refused, or null.</summary>
    internal string? Removed()
        => MaxPdfDecodedBytes is null ? null
            : $"{nameof(MaxPdfDecodedBytes)} was removed (a total over the whole PDF refused legitimate gazettes): remove it; one stream is bounded by {nameof(MaxPdfStreamBytes)}, one page's content by {nameof(MaxPdfPageContentBytes)} and {nameof(MaxPdfPageLetters)}.";

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
        if (MaxTextBytes <= 0) yield return nameof(MaxTextBytes);
        if (MaxPdfStreamBytes <= 0) yield return nameof(MaxPdfStreamBytes);
        if (MaxPdfPageContentBytes <= 0) yield return nameof(MaxPdfPageContentBytes);
        if (MaxPdfPageLetters <= 0) yield return nameof(MaxPdfPageLetters);
        if (MaxPdfLetters <= 0) yield return nameof(MaxPdfLetters);
    }
}
