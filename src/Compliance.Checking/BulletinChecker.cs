using System.Buffers;
using System.Globalization;
using Compliance.Checking.Configuration;
using Compliance.Checking.Extraction;
using Compliance.Checking.Reading;
using Compliance.Checking.Rules;

namespace Compliance.Checking;

/// <summary>
/// Checks one bulletin: reads it (text in any supported encoding, .docx, PDF), splits it into documents,
/// extracts each document's fields and applies the rules. Thread-safe and stateless between calls: create once, reuse.
/// </summary>
public sealed class BulletinChecker
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private readonly BulletinReader _reader;
    private readonly CheckerLimits _limits;
    private readonly TimeProvider _time;
    private readonly IssuerRegistry _registry;
    private readonly MessageCatalog _messages;
    private readonly IReadOnlyList<(IDocumentRule Rule, Severity Severity)> _documentRules;
    private readonly IReadOnlyList<(IBulletinRule Rule, Severity Severity)> _bulletinRules;
    private readonly Severity _unreadableSeverity;
    private readonly bool _layoutRulesEnabled;

    public BulletinChecker(CheckerOptions? options = null, TimeProvider? timeProvider = null)
        : this(options, timeProvider, readLayout: true)
    {
    }

    /// <param name="readLayout">False: a .docx is checked without reading how it prints, as if the layout rules were
    /// off (the corrector's checks: no layout finding carries a correction).</param>
    internal BulletinChecker(CheckerOptions? options, TimeProvider? timeProvider, bool readLayout)
    {
        options ??= new CheckerOptions();
        ComplianceConfiguration.Validate(options);
        _time = timeProvider ?? TimeProvider.System;
        _limits = options.Limits;
        _reader = new BulletinReader(_limits);
        _registry = IssuerRegistry.From(options);
        _messages = new MessageCatalog(options.Culture);
        var catalog = RuleCatalog.Default;
        _documentRules = Enabled(catalog.DocumentRules, options);
        _bulletinRules = Enabled(catalog.BulletinRules, options);
        _layoutRulesEnabled = readLayout && _documentRules.Any(r => r.Rule.Descriptor.Family == "layout") || _bulletinRules.Any(r => r.Rule.Descriptor.Family == "layout");
        // Unreadable input is always reported: a file nobody can check must never pass silently.
        _unreadableSeverity = options.Rules.GetValueOrDefault(RuleIds.StructureUnreadable)?.Severity ?? Severity.Error;
    }

    /// <summary>The message catalog the checker reports in (also used for messages about rejected files).</summary>
    public MessageCatalog Messages => _messages;

    /// <summary>The limits the checker applies (<c>Checking:Limits</c>).</summary>
    public CheckerLimits Limits => _limits;

    /// <summary>Checks a bulletin held in memory. Never throws for bad content: unreadable input, and input over one of
    /// the <see cref="Limits"/> (time included), yields a <c>structure.unreadable</c> finding whose message says why.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public BulletinReport Check(ReadOnlyMemory<byte> content, string source, CancellationToken cancellationToken = default)
    {
        var deadline = new CheckDeadline(_time, _limits.TimeBudget, cancellationToken);
        try
        {
            return Check(content, source, deadline);
        }
        catch (InputLimitExceededException ex)
        {
            return Unreadable(source, ex.Kind, content.Length);
        }
    }

    private BulletinReport Check(ReadOnlyMemory<byte> content, string source, CheckDeadline deadline)
    {
        var outcome = _reader.Read(content, deadline);
        if (outcome.Text is not { } text)
        {
            return Unreadable(source, outcome.Failure ?? UnreadableKind.Binary, content.Length);
        }

        var (documents, toc) = DocumentExtractor.Extract(text, _registry.IsShortName);
        deadline.ThrowIfExpired();
        // How a Word document is printed, for the layout rules; a layout that cannot be read leaves them silent. Only a
        // file that is one 公文: GB/T 9704's page and type are those of a printed document, while a gazette or a file
        // catalogue saved as .docx is typeset by its publisher in its own layout.
        var layout = text.Format == "docx" && _layoutRulesEnabled && documents.Count == 1 ? Reading.Layout.DocxLayoutReader.Read(content, _limits) : null;
        var sink = new FindingSink(_messages);
        var today = DateOnly.FromDateTime(_time.GetUtcNow().ToOffset(ChinaOffset).DateTime);
        var registry = _registry;
        foreach (var document in documents)
        {
            // Every eighth document: on some virtual machines reading the clock costs more than one document's rules.
            if (document.Index % 8 == 0) deadline.ThrowIfExpired();
            var context = new DocumentContext(document, registry, today, layout);
            sink.Document = document.Index;
            foreach (var (rule, severity) in _documentRules)
            {
                sink.Rule = rule.Descriptor;
                sink.Severity = severity;
                rule.Check(context, sink);
            }
        }
        var bulletin = new BulletinContext(documents, toc, text.Lines, layout);
        sink.Document = 0;
        foreach (var (rule, severity) in _bulletinRules)
        {
            sink.Rule = rule.Descriptor;
            sink.Severity = severity;
            rule.Check(bulletin, sink);
        }

        var byDocument = sink.Findings.ToLookup(f => f.Document, f => f.Finding);
        return new BulletinReport
        {
            Source = source,
            Encoding = text.Encoding,
            Findings = Ordered(byDocument[0]),
            Documents = documents.Select(d => ToReport(d, Ordered(byDocument[d.Index]))).ToList(),
        };
    }

    /// <summary>Reads the stream to its end and checks it; a stream longer than <c>MaxBulletinBytes</c> is not read past the limit.</summary>
    public async Task<BulletinReport> CheckAsync(Stream content, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Length - content.Position > _limits.MaxBulletinBytes)
        {
            return Unreadable(source, UnreadableKind.TooLarge, content.Length - content.Position);
        }
        using var buffer = content.CanSeek ? new MemoryStream(checked((int)Math.Max(0, content.Length - content.Position))) : new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _limits.MaxBulletinBytes) return Unreadable(source, UnreadableKind.TooLarge, buffer.Length);
        }
        return Check(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), source, cancellationToken);
    }

    /// <summary>Checks a file on disk. A file that cannot be opened is reported like unreadable content; a file over
    /// <c>MaxBulletinBytes</c> is not read.</summary>
    public async Task<BulletinReport> CheckFileAsync(string path, CancellationToken cancellationToken = default)
    {
        // The file goes into a pooled buffer: a new array per file would be fresh memory the system must zero and map
        // for every bulletin. The report holds strings only, never slices of the content, so the buffer goes back after.
        byte[]? buffer = null;
        int length;
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
            var size = RandomAccess.GetLength(file);
            if (size > _limits.MaxBulletinBytes) return Unreadable(path, UnreadableKind.TooLarge, size);
            buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, size));
            length = 0;
            while (length < size)
            {
                var read = await RandomAccess.ReadAsync(file, buffer.AsMemory(length, (int)size - length), length, cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
            return new BulletinReport
            {
                Source = path,
                Findings = [new Finding(RuleIds.StructureUnreadable, _unreadableSeverity, ex.Message, null, null)],
            };
        }
        try
        {
            return Check(buffer.AsMemory(0, length), path, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A report for input that could not be read, or was not read at all (e.g. over the size limit), of
    /// <paramref name="size"/> bytes; the message says why, naming the limit it went over.</summary>
    public BulletinReport Unreadable(string source, UnreadableKind kind, long size = 0)
    {
        var args = MessageArguments(kind, size);
        var template = _messages.Unreadable(kind);
        var message = args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
        return new BulletinReport
        {
            Source = source,
            Findings = [new Finding(RuleIds.StructureUnreadable, _unreadableSeverity, _messages.Message(RuleIds.StructureUnreadable, message), null, kind.ToString())],
        };
    }

    /// <summary>What the message of <paramref name="kind"/> says: the limit (and for <see cref="UnreadableKind.TooLarge"/> the size).</summary>
    private object?[] MessageArguments(UnreadableKind kind, long size) => kind switch
    {
        UnreadableKind.TooLarge => [ByteSize.Format(size), ByteSize.Format(_limits.MaxBulletinBytes)],
        UnreadableKind.LineTooLong => [_limits.MaxLineCharacters.ToString("N0", CultureInfo.InvariantCulture)],
        UnreadableKind.TooManyLines => [_limits.Lines.ToString("N0", CultureInfo.InvariantCulture)],
        UnreadableKind.DocxTooManyParts => [_limits.MaxDocxParts.ToString("N0", CultureInfo.InvariantCulture)],
        UnreadableKind.DocxPartTooLarge => [ByteSize.Format(_limits.DocxPartBytes)],
        UnreadableKind.DocxTotalTooLarge => [ByteSize.Format(_limits.DocxTotalBytes)],
        UnreadableKind.DocxCompressionRatio or UnreadableKind.PdfCompressionRatio => [_limits.MaxCompressionRatio],
        UnreadableKind.DocxTooDeep => [_limits.MaxXmlDepth],
        UnreadableKind.PdfTooManyPages => [_limits.MaxPdfPages.ToString("N0", CultureInfo.InvariantCulture)],
        UnreadableKind.PdfTooManyObjects => [_limits.MaxPdfObjects.ToString("N0", CultureInfo.InvariantCulture)],
        UnreadableKind.PdfTooDeep => [_limits.MaxPdfNestingDepth],
        UnreadableKind.PdfStreamTooLarge => [ByteSize.Format(_limits.MaxPdfStreamBytes)],
        UnreadableKind.PdfPageTooLarge => [ByteSize.Format(_limits.MaxPdfPageContentBytes)],
        UnreadableKind.PdfPageTooManyLetters => [_limits.MaxPdfPageLetters.ToString("N0", CultureInfo.InvariantCulture)],
        UnreadableKind.PdfTooManyLetters => [_limits.PdfLetters.ToString("N0", CultureInfo.InvariantCulture)],
        UnreadableKind.TextTooLarge => [ByteSize.Format(size), ByteSize.Format(_limits.TextBytes)],
        UnreadableKind.TimeBudgetExceeded => [_limits.TimeBudgetSeconds.ToString("0.#", CultureInfo.InvariantCulture)],
        _ => [],
    };

    /// <summary>The rules configuration leaves on, each with its effective severity (also the registry rules'
    /// <see cref="Citations.CitationChecker"/>).</summary>
    internal static List<(T Rule, Severity Severity)> Enabled<T>(IEnumerable<T> rules, CheckerOptions options) where T : IRule
        => rules.Select(r => (Rule: r, Setting: options.Rules.GetValueOrDefault(r.Descriptor.Id)))
                .Where(x => x.Setting?.Enabled != false)
                .Select(x => (x.Rule, x.Setting?.Severity ?? x.Rule.Descriptor.DefaultSeverity))
                .ToList();

    /// <summary>Findings in the order reports give them: by line, then rule id.</summary>
    internal static List<Finding> Ordered(IEnumerable<Finding> findings)
        => findings.OrderBy(f => f.Line ?? 0).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();

    // The issuer is reported by its full name (the title's, or the registry's for a short name), so that one office is
    // one office in the tables and e-mails whichever form its mark used.
    private string? FullIssuerName(ExtractedDocument d)
        => d.Issuer is not { } issuer ? null
            : d.TitleIssuers.FirstOrDefault(t => _registry.SameOrgan(t, issuer)) ?? _registry.FullName(issuer);

    private DocumentReport ToReport(ExtractedDocument d, IReadOnlyList<Finding> findings) => new()
    {
        Index = d.Index,
        StartLine = d.StartLine,
        EndLine = d.EndLine,
        Page = d.Page,
        Title = d.Title?.Value,
        Kind = d.Kind,
        Issuer = FullIssuerName(d),
        Issuers = d.Issuers.Select(_registry.FullName).ToList(),
        Format = d.Format,
        DocNumber = d.Number?.Value.Text ?? d.Serial?.Value.Text,
        NumberKey = d.Number?.Value.Key is { } key ? new Citations.NumberKey(key.Code, key.Year, key.Serial) : null,
        Signature = d.Signature is { } s ? string.Join("、", s.Value) : d.Signatory?.Value.ToString(),
        Date = d.Date?.Value.ToDate(),
        DateText = d.Date?.Value.Text,
        PublicationMarker = d.Marker?.Value.Attribute,
        Lines = new DocumentLines
        {
            Mark = d.Mark?.Line,
            Title = d.Title?.Line,
            DocNumber = d.Number?.Line ?? d.Serial?.Line,
            Signature = d.Signature?.Line ?? d.Signatory?.Line,
            Date = d.Date?.Line,
            PublicationMarker = d.Marker?.Line,
            Addressees = d.Addressees?.Line,
        },
        Citations = d.Citations.Count == 0 ? []
            : d.Citations.Select(c => new CitationReport(c.Title, c.Number?.Text, c.Bare, c.Line, c.Page, c.Order,
                c.Number?.Key is { } key ? new Citations.NumberKey(key.Code, key.Year, key.Serial) : null)).ToList(),
        Findings = findings,
    };
}
