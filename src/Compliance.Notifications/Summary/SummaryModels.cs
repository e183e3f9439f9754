using Compliance.Storage;
using Compliance.Storage.Tables;

namespace Compliance.Notifications;

/// <summary>An office head who receives the office's weekly summary.</summary>
public sealed record Recipient(string Office, string Name, string Email);

/// <summary>One checked document that has findings, as listed in an office's e-mail.</summary>
/// <param name="Date">The document's own date (成文日期), ISO yyyy-MM-dd, or null when it has none: the week of the
/// e-mail is when the document was checked, not when it was issued.</param>
public sealed record DocumentWithFindings(
    string? DocNumber,
    string? Title,
    string Bulletin,
    int DocumentIndex,
    IReadOnlyList<FindingSummary> Findings,
    string? Date = null);

/// <summary>How often a rule was broken in one office's week.</summary>
/// <param name="ExampleMessage">One of the rule's messages, so the reader sees what the rule is about.</param>
/// <param name="ExampleSuggestion">What to write instead in the example, where the correction is determinate.</param>
public sealed record RuleCount(string RuleId, int Count, string ExampleMessage, string? ExampleSuggestion = null);

/// <summary>What one office's e-mail reports for one week.</summary>
public sealed record OfficeWeekSummary
{
    public required string Office { get; init; }
    public required IsoWeek Week { get; init; }
    public required int DocumentsChecked { get; init; }
    public required int DocumentsWithErrors { get; init; }
    public required int DocumentsWithWarnings { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    public required int Infos { get; init; }
    public required IReadOnlyList<RuleCount> TopRules { get; init; }
    public required IReadOnlyList<DocumentWithFindings> DocumentsWithFindings { get; init; }

    public bool HasFindings => DocumentsWithFindings.Count > 0;
}

/// <summary>One office in the overview: its summary and its head, or null when none is configured.</summary>
public sealed record OverviewRow(OfficeWeekSummary Summary, Recipient? Head);

/// <summary>The overview for the compliance mailbox.</summary>
public sealed record WeeklyOverview(IsoWeek Week, IReadOnlyList<OverviewRow> Rows)
{
    public int DocumentsChecked => Rows.Sum(r => r.Summary.DocumentsChecked);
    public int DocumentsWithErrors => Rows.Sum(r => r.Summary.DocumentsWithErrors);
    public int DocumentsWithWarnings => Rows.Sum(r => r.Summary.DocumentsWithWarnings);
    public int Errors => Rows.Sum(r => r.Summary.Errors);
    public int Warnings => Rows.Sum(r => r.Summary.Warnings);
    public int Infos => Rows.Sum(r => r.Summary.Infos);
    public IReadOnlyList<string> OfficesWithoutHead => Rows.Where(r => r.Head is null).Select(r => r.Summary.Office).ToList();
}

/// <summary>A rendered e-mail: subject, HTML body and its plain-text alternative.</summary>
public sealed record RenderedEmail(string Subject, string Html, string PlainText);
