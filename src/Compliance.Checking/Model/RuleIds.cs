namespace Compliance.Checking;

/// <summary>Stable rule ids (<c>family.name</c>). Documented in docs/rules.md; never renamed once published.</summary>
public static class RuleIds
{
    public const string NumberMissing = "number.missing";
    public const string NumberBrackets = "number.brackets";
    public const string NumberYearFormat = "number.year-format";
    public const string NumberOrdinalPrefix = "number.ordinal-prefix";
    public const string NumberZeroPadding = "number.zero-padding";
    public const string NumberSuffix = "number.suffix";
    public const string NumberArabicNumerals = "number.arabic-numerals";
    public const string NumberAgencyCode = "number.agency-code";
    public const string NumberDuplicate = "number.duplicate";
    public const string NumberYearMismatch = "number.year-mismatch";
    public const string NumberDecreeForm = "number.decree-form";
    public const string NumberLetterForm = "number.letter-form";

    public const string TitleMissing = "title.missing";
    public const string TitleKindMissing = "title.kind-missing";

    public const string IssuerMissing = "issuer.missing";
    public const string IssuerMismatch = "issuer.mismatch";
    public const string IssuerUnregistered = "issuer.unregistered";

    public const string DateMissing = "date.missing";
    public const string DateArabicNumerals = "date.arabic-numerals";
    public const string DateFullYear = "date.full-year";
    public const string DateZeroPadding = "date.zero-padding";
    public const string DateInvalid = "date.invalid";
    public const string DateFuture = "date.future";

    public const string SignatureMissing = "signature.missing";
    public const string SignatureMismatch = "signature.mismatch";

    public const string PublicationMissing = "publication.missing";
    public const string PublicationBrackets = "publication.brackets";
    public const string PublicationPlacement = "publication.placement";

    public const string AddresseeColon = "addressee.colon";

    public const string HeadingForm = "heading.form";
    public const string HeadingSequence = "heading.sequence";

    public const string AttachmentNoteForm = "attachment.note-form";
    public const string AttachmentMismatch = "attachment.mismatch";

    public const string ImprintCopyTo = "imprint.copy-to";
    public const string ImprintDateFormat = "imprint.date-format";
    public const string ImprintDateBeforeSigning = "imprint.date-before-signing";

    public const string TitlePunctuation = "title.punctuation";

    public const string PunctuationHalfWidth = "punctuation.half-width";

    public const string CitationNumberWithoutTitle = "citation.number-without-title";
    public const string CitationNumberForm = "citation.number-form";
    public const string CitationFuture = "citation.future";
    public const string CitationTitleMismatch = "citation.title-mismatch";
    public const string CitationNumberMismatch = "citation.number-mismatch";
    public const string CitationTitleConflict = "citation.title-conflict";

    public const string StructureTocEntryMissing = "structure.toc-entry-missing";
    public const string StructureDocumentNotInToc = "structure.document-not-in-toc";
    public const string StructureNoDocuments = "structure.no-documents";
    public const string StructureUnreadable = "structure.unreadable";
    public const string LayoutPageSize = "layout.page-size";
    public const string LayoutMargins = "layout.margins";
    public const string LayoutGrid = "layout.grid";
    public const string LayoutBodyFont = "layout.body-font";
    public const string LayoutTitleFont = "layout.title-font";
    public const string LayoutHeadingFont = "layout.heading-font";
    public const string LayoutImprintFont = "layout.imprint-font";
    public const string LayoutPageNumber = "layout.page-number";
    public const string LayoutMarkColor = "layout.mark-color";
    public const string LayoutTextColor = "layout.text-color";
}
