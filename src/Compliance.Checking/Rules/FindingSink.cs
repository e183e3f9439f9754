namespace Compliance.Checking.Rules;

/// <summary>Collects the findings of one rule: applies the configured severity and formats the catalog message.</summary>
internal sealed class FindingSink
{
    private readonly MessageCatalog _messages;
    private readonly List<(int Document, Finding Finding)> _findings = [];

    public FindingSink(MessageCatalog messages) => _messages = messages;

    public RuleDescriptor Rule { get; set; } = null!;

    public Severity Severity { get; set; }

    /// <summary>Index of the document findings go to (0 = the bulletin itself).</summary>
    public int Document { get; set; }

    public void Report(int? line, int? page, string? evidence, params object?[] args)
        => ReportTo(Document, line, page, evidence, args);

    /// <summary>Reports a milder case of the rule one step below its configured severity (warning → info, error →
    /// warning; info stays info): a form in wide use that the standard words otherwise, say.</summary>
    public void ReportMilder(int? line, int? page, string? evidence, params object?[] args)
        => Add(Milder, line, page, evidence, null, args);

    /// <summary>Reports a finding with the text to write in place of <paramref name="evidence"/> (null when the
    /// correction is not determinate).</summary>
    public void ReportFix(int? line, int? page, string evidence, string? suggestion, params object?[] args)
        => Add(Severity, line, page, evidence, suggestion, args);

    /// <summary><see cref="ReportMilder"/> with the text to write in place of <paramref name="evidence"/>.</summary>
    public void ReportMilderFix(int? line, int? page, string evidence, string? suggestion, params object?[] args)
        => Add(Milder, line, page, evidence, suggestion, args);

    private Severity Milder => Severity == Severity.Info ? Severity.Info : Severity - 1;

    // A suggestion that would write the evidence again is no correction.
    private void Add(Severity severity, int? line, int? page, string? evidence, string? suggestion, object?[] args)
        => _findings.Add((Document, new Finding(Rule.Id, severity, _messages.Message(Rule.Id, args), line, evidence, page,
            suggestion is not null && suggestion != evidence ? suggestion : null)));

    public void ReportTo(int document, int? line, int? page, string? evidence, params object?[] args)
        => _findings.Add((document, new Finding(Rule.Id, Severity, _messages.Message(Rule.Id, args), line, evidence, page)));

    public IReadOnlyList<(int Document, Finding Finding)> Findings => _findings;
}
