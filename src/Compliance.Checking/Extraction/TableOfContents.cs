namespace Compliance.Checking.Extraction;

/// <summary>One entry of a bulletin's table of contents: a title, and a document number when the table lists one.</summary>
internal sealed record TocEntry(string Title, string? DocNumber, int Line, int? Page);
