using Compliance.Checking.Configuration;
using Compliance.Checking.Rules;

namespace Compliance.Checking.Citations;

/// <summary>
/// Judges citations against the documents and citations already seen (the registry rules, <c>citation.title-mismatch</c>,
/// <c>citation.number-mismatch</c>, <c>citation.title-conflict</c>). The registry comes from the files of one run (CLI)
/// or from Table storage (the Functions app); this class only reads it. Thread-safe and stateless between calls.
/// </summary>
public sealed class CitationChecker
{
    private readonly MessageCatalog _messages;
    private readonly IReadOnlyList<(IRegistryRule Rule, Severity Severity)> _rules;

    public CitationChecker(CheckerOptions? options = null)
    {
        options ??= new CheckerOptions();
        _messages = new MessageCatalog(options.Culture);
        _rules = BulletinChecker.Enabled(RuleCatalog.Default.RegistryRules, options);
    }

    /// <summary>False when configuration turned every registry rule off: then no registry is needed.</summary>
    public bool IsEnabled => _rules.Count > 0;

    /// <summary>The most findings one citation can have: one per enabled registry rule.</summary>
    public int MaxFindingsPerCitation => _rules.Count;

    /// <summary>The findings on one document's citations, in line order.</summary>
    public IReadOnlyList<Finding> Check(CitationRegistry registry, string bulletin, int index)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var sink = new FindingSink(_messages);
        foreach (var citation in registry.CitationsIn(bulletin, index))
        {
            var context = new RegistryContext(citation, registry);
            foreach (var (rule, severity) in _rules)
            {
                sink.Rule = rule.Descriptor;
                sink.Severity = severity;
                rule.Check(context, sink);
            }
        }
        return sink.Findings.Select(f => f.Finding).ToList();
    }

    /// <summary>The findings <see cref="Apply"/> would add to the bulletin whose entries these are, by document index
    /// (documents without any left out): judged on the entries alone, so that a report held in another form is only
    /// rebuilt where something changes.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Finding>> Judge(RegistryEntries entries, CitationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(registry);
        var added = new Dictionary<int, IReadOnlyList<Finding>>();
        if (!IsEnabled) return added;
        var judged = new HashSet<int>();
        foreach (var citation in entries.Citations)
        {
            var index = citation.Citing.Index;
            if (!judged.Add(index)) continue;
            var found = Check(registry, entries.Bulletin, index);
            if (found.Count > 0) added[index] = found;
        }
        return added;
    }

    /// <summary>The report with the registry's findings on its documents added, each document's findings in line order
    /// as the checker gives them; the same instance when the registry adds nothing. The registry must hold the report's
    /// own entries (<see cref="RegistryEntries.Of"/>).</summary>
    public BulletinReport Apply(BulletinReport report, CitationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!IsEnabled || report.IsUnreadable) return report;
        List<DocumentReport>? documents = null;
        for (var i = 0; i < report.Documents.Count; i++)
        {
            var document = report.Documents[i];
            var found = Check(registry, report.Source, document.Index);
            if (found.Count == 0) continue;
            documents ??= [.. report.Documents];
            documents[i] = document with { Findings = BulletinChecker.Ordered(document.Findings.Concat(found)) };
        }
        return documents is null ? report : report with { Documents = documents };
    }

    /// <summary>
    /// The other bulletins whose documents' registry findings differ with and without <paramref name="bulletin"/>'s
    /// entries: those to check again now that it has arrived (or changed). Judged on what the registry holds, which
    /// must include everything filed under the bulletin's numbers and titles.
    /// </summary>
    public IReadOnlySet<string> AffectedBy(CitationRegistry registry, string bulletin)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var affected = new SortedSet<string>(StringComparer.Ordinal);
        if (!IsEnabled) return affected;
        var without = registry.Without(bulletin);
        foreach (var (other, index) in registry.Citations.Where(c => c.Citing.Bulletin != bulletin)
                     .Select(c => (c.Citing.Bulletin, c.Citing.Index)).Distinct())
        {
            if (affected.Contains(other)) continue;
            var with = Check(registry, other, index);
            var before = Check(without, other, index);
            if (!with.SequenceEqual(before)) affected.Add(other);
        }
        return affected;
    }
}
