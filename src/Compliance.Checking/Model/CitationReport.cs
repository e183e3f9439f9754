namespace Compliance.Checking;

/// <summary>A document that a document cites (see the citation reader): its title, its number, or both.</summary>
/// <param name="Title">The cited title without spaces and without its book-title marks; null for a number cited alone.</param>
/// <param name="Number">The cited number as printed, without spaces; null for a title cited without one.</param>
/// <param name="Bare">True for a number cited without its title (按晋政办发〔2019〕37号文件要求).</param>
/// <param name="Line">1-based source line where the citation starts.</param>
/// <param name="Page">1-based page for paged input (PDF); null for text.</param>
/// <param name="Order">The citation's place in the document (line, then column): lower is earlier.</param>
/// <param name="Key">What identifies the cited document (organ code, year, serial); null when the number has no full
/// year or readable serial, or there is none.</param>
public sealed record CitationReport(string? Title, string? Number, bool Bare, int Line, int? Page, long Order, Citations.NumberKey? Key = null);
