using System.Globalization;
using Compliance.Checking.Citations;
using Compliance.Checking.Configuration;
using Compliance.Checking.Reading;

namespace Compliance.Checking.Fixing;

/// <summary>
/// Makes the corrected copy of a bulletin: every finding whose correction is determinate (it carries a
/// <see cref="Finding.Suggestion"/>) is written into the file, and nothing else changes. The file is checked, the
/// corrections that can be placed are made, and it is checked again until no correction is left to make: a rule reports
/// one habit once per document (its first place, with a count), so each round corrects the next place, and corrections
/// of one spot (a number's brackets and its zero padding) follow one another instead of colliding. Text keeps its
/// encoding and line endings; a .docx gets each correction as a tracked change; PDF cannot be rewritten.
/// Thread-safe and stateless between calls.
/// </summary>
public sealed class BulletinFixer
{
    /// <summary>More rounds than any document has places of one habit; a bound, not a budget.</summary>
    private const int MaxRounds = 400;

    private readonly BulletinChecker _checker;
    private readonly CitationChecker _citations;
    private readonly TimeProvider _time;

    public BulletinFixer(CheckerOptions? options = null, TimeProvider? timeProvider = null)
    {
        // Layout findings carry no correction: the checks between rounds do not read how a .docx prints.
        _checker = new BulletinChecker(options, timeProvider, readLayout: false);
        _citations = new CitationChecker(options);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The corrected copy of <paramref name="content"/>. Never throws for bad content: a file that cannot be
    /// read or rewritten gets a <see cref="FixResult.Refusal"/> that says why.</summary>
    public FixResult Fix(ReadOnlyMemory<byte> content, string source, CancellationToken cancellationToken = default)
    {
        var messages = _checker.Messages;
        var format = ContentSniffer.Detect(content.Span);
        if (format == ContentFormat.Pdf) return new FixResult(null, [], [], messages.Get("fix.pdf"));

        var report = Check(content, source, cancellationToken);
        if (report.IsUnreadable) return new FixResult(null, [], [], Format(messages.Get("fix.unreadable"), report.UnreadableReason));

        var current = content.ToArray();
        var applied = new List<AppliedCorrection>();
        var made = new HashSet<(string, int?, string?, string?)>();
        for (var round = 0; ; round++)
        {
            var wanted = report.AllFindings.Where(f => f.Suggestion is not null && !made.Contains(Key(f)))
                .OrderBy(f => f.Line ?? int.MaxValue).ToList();
            if (wanted.Count == 0) break;
            if (round == MaxRounds) return Result(current, applied, wanted, messages.Get("fix.rounds"));

            ICorrector? corrector = format == ContentFormat.Docx
                ? DocxCorrector.For(current, _time.GetUtcNow())
                : TextCorrector.For(current, report.Encoding);
            if (corrector is null) return Result(current, applied, wanted, Format(messages.Get("fix.unreadable"), report.Encoding));
            byte[]? next;
            List<(Finding Finding, string Before)> done;
            List<Finding> notFound;
            try
            {
                (next, done, notFound) = corrector.Apply(wanted);
            }
            catch (Exception ex) when (ex is System.Xml.XmlException or InvalidDataException or IOException)
            {
                // A part the check does not read (comments, relationships) is damaged: the copy cannot be written.
                return new FixResult(null, [], [], Format(messages.Get("fix.unreadable"), ex.Message));
            }
            if (next is null) return Result(current, applied, notFound, null);
            foreach (var (finding, before) in done)
            {
                made.Add(Key(finding));
                applied.Add(new AppliedCorrection(finding.RuleId, finding.Line!.Value, before, finding.Suggestion!, finding.Message));
            }
            current = next;
            report = Check(current, source, cancellationToken);
        }
        return new FixResult(current, applied, []);

        FixResult Result(byte[] content, List<AppliedCorrection> applied, IEnumerable<Finding> left, string? why)
            => new(content, applied, left.Select(f => new UnappliedCorrection(f, why ?? Format(messages.Get("fix.notFound"), f.Line, f.Evidence))).ToList());
    }

    private BulletinReport Check(ReadOnlyMemory<byte> content, string source, CancellationToken cancellationToken)
    {
        var report = _checker.Check(content, source, cancellationToken);
        if (!_citations.IsEnabled || report.IsUnreadable) return report;
        // A bulletin's citations of its own documents: the registry of this file alone.
        var entries = RegistryEntries.Of(report);
        return _citations.Apply(report, new CitationRegistry(entries.Documents, entries.Citations));
    }

    private static (string, int?, string?, string?) Key(Finding f) => (f.RuleId, f.Line, f.Evidence, f.Suggestion);

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
