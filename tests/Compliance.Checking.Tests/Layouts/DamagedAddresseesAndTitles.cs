namespace Compliance.Checking.Tests.Layouts;

internal sealed partial record DocumentParts
{
    /// <summary>
    /// The addressees closed by a semicolon or a full stop instead of the colon, and a comma put into a title: each gives
    /// exactly its one finding. A full stop is used only where a mark or number also heads the document (without either,
    /// the colon is what finds the document at all).
    /// </summary>
    private static readonly DocumentParts[] AddresseesAndTitles =
    [
        new("addressee",
            (d, lines) => d.Lines.Addressees is { } l && EndsWithColon(lines[l - 1]) && lines[l - 1].TrimStart().StartsWith('各')
                ? Replace(lines, l, lines[l - 1].TrimEnd()[..^1] + "；") : null,
            (d, lines) => d.Lines.Addressees is { } l && EndsWithColon(lines[l - 1]) && (d.Lines.DocNumber is not null || d.Lines.Mark is not null)
                ? Replace(lines, l, lines[l - 1].TrimEnd()[..^1] + "。") : null,
            RuleIds.AddresseeColon),
        new("title",
            (d, lines) => CommaInTitle(d, lines),
            (d, lines) => CommaInTitle(d, lines),
            RuleIds.TitlePunctuation),
    ];

    private static bool EndsWithColon(string line) => line.TrimEnd() is { Length: > 1 } t && t[^1] is '：' or ':';

    /// <summary>A comma before the last 的 of the title's last line (…实施方案，的通知): the title is still found whole.</summary>
    private static List<string>? CommaInTitle(DocumentReport d, List<string> lines)
    {
        if (TitleLines(d, lines) is not { Count: > 0 } t || d.Title is null || TitlePunctuationFree(d.Title) is false) return null;
        var last = lines[t[^1] - 1];
        var at = last.LastIndexOf('的');
        return at > 0 ? Replace(lines, t[^1], last[..at] + "，" + last[at..]) : null;
    }

    private static bool TitlePunctuationFree(string title) => title.IndexOfAny(['，', '；', '：', ',', ';', ':']) < 0;
}
