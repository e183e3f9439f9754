namespace Compliance.Checking.Citations;

/// <summary>Where a document stands, for a finding that names it: the bulletin, its place there, its title, number,
/// date and issuing organ.</summary>
public sealed record DocumentRef(string Bulletin, int Index, string? Title, string? Number, DateOnly? Date, string? Issuer = null)
{
    /// <summary>The order in which documents are "earlier" and "later", whatever order they were checked in: by date
    /// (undated last), then bulletin name, then place in the bulletin.</summary>
    public static int Compare(DocumentRef a, DocumentRef b)
    {
        var byDate = (a.Date ?? DateOnly.MaxValue).CompareTo(b.Date ?? DateOnly.MaxValue);
        if (byDate != 0) return byDate;
        var byBulletin = string.CompareOrdinal(a.Bulletin, b.Bulletin);
        return byBulletin != 0 ? byBulletin : a.Index.CompareTo(b.Index);
    }

    public bool IsSameDocument(DocumentRef other) => Index == other.Index && string.Equals(Bulletin, other.Bulletin, StringComparison.Ordinal);
}

/// <summary>A checked document as the registry knows it: by its number and by its title.</summary>
/// <param name="Number">Its number's key; null when it has none with a full year (a decree's 第N号).</param>
/// <param name="TitleKey">Its title as compared (<see cref="CitationTitles.Normalise"/>); null when it has no title.</param>
public sealed record RegisteredDocument(DocumentRef Document, NumberKey? Number, string? TitleKey);

/// <summary>A citation as the registry knows it: a title with a number after it (a title alone, or a number alone,
/// has nothing to compare with another document).</summary>
/// <param name="Citing">The document that cites.</param>
/// <param name="Title">The cited title as printed (without spaces).</param>
/// <param name="TitleKey">The cited title as compared.</param>
/// <param name="Number">The cited number's key.</param>
/// <param name="NumberText">The cited number as printed.</param>
public sealed record RegisteredCitation(DocumentRef Citing, string Title, string TitleKey, NumberKey Number, string NumberText, int Line, int? Page, long Order)
{
    /// <summary>Earlier and later citations, independent of the order of checking: by the citing document
    /// (<see cref="DocumentRef.Compare"/>), then place in it.</summary>
    public static int Compare(RegisteredCitation a, RegisteredCitation b)
    {
        var byDocument = DocumentRef.Compare(a.Citing, b.Citing);
        return byDocument != 0 ? byDocument : a.Order.CompareTo(b.Order);
    }
}

/// <summary>What one bulletin adds to the registry: its documents and its citations.</summary>
public sealed record RegistryEntries(string Bulletin, IReadOnlyList<RegisteredDocument> Documents, IReadOnlyList<RegisteredCitation> Citations)
{
    /// <summary>The entries of a checked bulletin (none for an unreadable one). A document is registered when it has a
    /// number or a title; a citation when it gives a title and a number with a full year.</summary>
    public static RegistryEntries Of(BulletinReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var documents = new List<RegisteredDocument>();
        var citations = new List<RegisteredCitation>();
        if (!report.IsUnreadable)
        {
            foreach (var d in report.Documents)
            {
                var reference = new DocumentRef(report.Source, d.Index, d.Title, d.DocNumber, d.Date, d.Issuer);
                // The checker gives the keys it read; a report made otherwise has its numbers parsed here.
                var number = d.NumberKey ?? NumberKey.Parse(d.DocNumber);
                var titleKey = string.IsNullOrEmpty(d.Title) ? null : CitationTitles.Normalise(d.Title);
                if (number is not null || titleKey is not null) documents.Add(new RegisteredDocument(reference, number, titleKey));
                foreach (var c in d.Citations)
                {
                    if (c.Title is not { Length: > 0 } title || (c.Key ?? NumberKey.Parse(c.Number)) is not { } cited) continue;
                    citations.Add(new RegisteredCitation(reference, title, CitationTitles.Normalise(title), cited, c.Number!, c.Line, c.Page, c.Order));
                }
            }
        }
        return new RegistryEntries(report.Source, documents, citations);
    }
}

/// <summary>
/// Documents and citations already seen (or the part of them that concerns some numbers and titles), looked up by
/// number and by title. Immutable: <see cref="With"/> and <see cref="Without"/> make new ones.
/// </summary>
public sealed class CitationRegistry
{
    private readonly ILookup<NumberKey, RegisteredDocument> _documentsByNumber;
    private readonly ILookup<string, RegisteredDocument> _documentsByTitle;
    private readonly ILookup<NumberKey, RegisteredCitation> _citationsByNumber;
    private readonly ILookup<(string Bulletin, int Index), RegisteredCitation> _citationsByDocument;

    public CitationRegistry(IEnumerable<RegisteredDocument> documents, IEnumerable<RegisteredCitation> citations)
    {
        Documents = documents.OrderBy(d => d.Document, Comparer<DocumentRef>.Create(DocumentRef.Compare)).ToList();
        Citations = citations.Order(Comparer<RegisteredCitation>.Create(RegisteredCitation.Compare)).ToList();
        _documentsByNumber = Documents.Where(d => d.Number is not null).ToLookup(d => d.Number!.Value);
        _documentsByTitle = Documents.Where(d => d.TitleKey is not null).ToLookup(d => d.TitleKey!, StringComparer.Ordinal);
        _citationsByNumber = Citations.ToLookup(c => c.Number);
        _citationsByDocument = Citations.ToLookup(c => (c.Citing.Bulletin, c.Citing.Index));
    }

    public static CitationRegistry Empty { get; } = new([], []);

    /// <summary>The registry of the bulletins given (the files of one run).</summary>
    public static CitationRegistry Of(IEnumerable<RegistryEntries> bulletins)
    {
        var list = bulletins.ToList();
        return new CitationRegistry(list.SelectMany(b => b.Documents), list.SelectMany(b => b.Citations));
    }

    /// <summary>Documents, earliest first (<see cref="DocumentRef.Compare"/>).</summary>
    public IReadOnlyList<RegisteredDocument> Documents { get; }

    /// <summary>Citations, earliest first (<see cref="RegisteredCitation.Compare"/>).</summary>
    public IReadOnlyList<RegisteredCitation> Citations { get; }

    /// <summary>Documents that carry the number, earliest first.</summary>
    public IEnumerable<RegisteredDocument> DocumentsNumbered(NumberKey number) => _documentsByNumber[number];

    /// <summary>Documents whose title, as compared, is the one given, earliest first.</summary>
    public IEnumerable<RegisteredDocument> DocumentsTitled(string titleKey) => _documentsByTitle[titleKey];

    /// <summary>The citations a document makes, in its order.</summary>
    public IEnumerable<RegisteredCitation> CitationsIn(string bulletin, int index) => _citationsByDocument[(bulletin, index)];

    /// <summary>Citations of the number, earliest first.</summary>
    public IEnumerable<RegisteredCitation> CitationsOf(NumberKey number) => _citationsByNumber[number];

    /// <summary>This registry with the bulletins' entries in place of what it held of them (a run's files on top of a store).</summary>
    public CitationRegistry With(IReadOnlyCollection<RegistryEntries> bulletins)
    {
        var names = bulletins.Select(b => b.Bulletin).ToHashSet(StringComparer.Ordinal);
        return new(Documents.Where(d => !names.Contains(d.Document.Bulletin)).Concat(bulletins.SelectMany(b => b.Documents)),
                   Citations.Where(c => !names.Contains(c.Citing.Bulletin)).Concat(bulletins.SelectMany(b => b.Citations)));
    }

    /// <summary>This registry without anything of the bulletin.</summary>
    public CitationRegistry Without(string bulletin)
        => new(Documents.Where(d => d.Document.Bulletin != bulletin), Citations.Where(c => c.Citing.Bulletin != bulletin));
}
