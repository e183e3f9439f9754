using Compliance.Checking.Reports;

namespace Compliance.Checking.Tests.Layouts;

/// <summary>
/// One missing part, one finding: for every document of every seed, each of its parts (date, signature, number,
/// marker, title) in turn is removed or printed wrongly. The damaged document gains a finding of the part's family,
/// and every other document keeps its boundaries, fields and findings.
/// </summary>
public class DamagedPartTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Damages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var seed in TaggedBulletin.SeedNames)
        {
            foreach (var layout in Layouts) data.Add(seed, layout, "remove");
            foreach (var layout in Layouts) data.Add(seed, layout, "misprint");
        }
        return data;
    }

    private static readonly string[] Layouts = ["as printed", "blank lines removed"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void Damaging_one_part_of_one_document_changes_only_that_document(string seed, string layout, string how)
    {
        var original = TaggedBulletin.FromSeed(seed);
        var lines = original.Lines.Select(l => l.Text).ToList();
        if (layout == "blank lines removed")
        {
            // Blank the empty lines' neighbours away by checking a copy in which every blank line is dropped; the
            // original report of that layout is the reference.
            lines = lines.Where(l => l.Trim().Length > 0).ToList();
        }
        var checker = Samples.Checker();
        var reference = checker.Check(Bytes(lines), seed);
        Assert.Equal(DocumentFingerprint.Of(original.Original).Count, reference.Documents.Count);

        var checkedCopies = 0;
        var failures = new List<string>();
        void Expect(bool condition, string message)
        {
            if (!condition) failures.Add(message);
        }
        foreach (var document in reference.Documents)
        {
            foreach (var part in DocumentParts.All)
            {
                var damaged = how == "remove" ? part.Remove(document, lines) : part.Misprint(document, lines);
                if (damaged is null) continue; // the document has no such part to damage
                checkedCopies++;
                var report = checker.Check(Bytes(damaged), seed);
                var context = $"{seed} ({layout}), document {document.Index} {document.DocNumber}: {how} {part.Family}";

                if (reference.Documents.Count != report.Documents.Count)
                {
                    failures.Add($"{context}: {report.Documents.Count} documents instead of {reference.Documents.Count}");
                    continue;
                }
                for (var i = 0; i < report.Documents.Count; i++)
                {
                    if (i == document.Index - 1) continue;
                    Expect(Exact(reference.Documents[i]) == Exact(report.Documents[i]),
                        $"{context}: document {i + 1} changed:\n  before {Exact(reference.Documents[i])}\n  after  {Exact(report.Documents[i])}");
                }
                var before = reference.Documents[document.Index - 1].Findings.Select(Key).ToList();
                var gained = report.Documents[document.Index - 1].Findings.Select(Key).ToList();
                foreach (var f in before) gained.Remove(f);
                if (part.ExactRule is { } exact)
                {
                    // The rules on the parts beyond head and tail: exactly one new finding, of exactly this rule.
                    Expect(gained.Count == 1 && gained[0].StartsWith(exact + "@", StringComparison.Ordinal),
                        $"{context}: expected exactly one new {exact} finding (new: {string.Join(", ", gained)})");
                }
                else
                {
                    Expect(gained.Any(f => f.StartsWith(part.Family + ".", StringComparison.Ordinal)),
                        $"{context}: no new finding of the {part.Family} family (new: {string.Join(", ", gained)})");
                }
                Expect(DocumentFingerprint.BulletinRuleIds(reference) == DocumentFingerprint.BulletinRuleIds(report),
                    $"{context}: bulletin findings changed to {DocumentFingerprint.BulletinRuleIds(report)}");
            }
        }
        output.WriteLine($"{checkedCopies} damaged copies of {reference.Documents.Count} documents checked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCopies} damaged copies:\n" + string.Join("\n", failures));
        Assert.True(checkedCopies >= reference.Documents.Count * 3, $"only {checkedCopies} damaged copies checked");
    }

    private static string Key(Finding f) => $"{f.RuleId}@{f.Line}:{f.Evidence}";

    /// <summary>Everything of a document, line numbers included: damage is done in place, so no line moves.</summary>
    private static string Exact(DocumentReport d)
        => $"{d.StartLine}-{d.EndLine} {DocumentFingerprint.Of(d)} [{string.Join("; ", d.Findings.Select(Key))}]";

    private static byte[] Bytes(IEnumerable<string> lines) => System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines));
}

/// <summary>How to remove or misprint one part of a document, in place (line numbers stay). <see cref="WritesNewText"/>: the
/// damage writes text the document did not hold (not a misprint of its own), which no correction can give back. The parts of the head and
/// tail are here; each other part (addressees, headings, attachments, imprint…) keeps its damages in its own file of
/// this partial record, as a static <c>DocumentParts[]</c> field, found by reflection.</summary>
internal sealed partial record DocumentParts(string Family, Func<DocumentReport, List<string>, List<string>?> Remove, Func<DocumentReport, List<string>, List<string>?> Misprint, string? ExactRule = null, bool WritesNewText = false)
{
    // Built on first use: static fields of the other files of this partial record are initialised by then.
    public static IReadOnlyList<DocumentParts> All => _all.Value;

    private static readonly Lazy<IReadOnlyList<DocumentParts>> _all = new(() => typeof(DocumentParts)
        .GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
        .Where(f => f.FieldType == typeof(DocumentParts[]))
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .SelectMany(f => (DocumentParts[])f.GetValue(null)!)
        .ToList());

    private static readonly DocumentParts[] HeadAndTail =
    [
        new("date",
            (d, lines) => d.Lines.Date is { } l && OnlyPart(lines, l, d.DateText) ? Blank(lines, [l]) : null,
            (d, lines) => d.Lines.Date is { } l && OnlyPart(lines, l, d.DateText) && d.Date is { } date ? Replace(lines, l, ChineseDate(date)) : null),
        new("signature",
            (d, lines) => SignatureLines(d, lines) is { Count: > 0 } s ? Blank(lines, s) : null,
            (d, lines) => SignatureLines(d, lines) is { Count: > 0 } s ? Replace(Blank(lines, s.Skip(1)), s[0], OtherOrgan(d.Issuer!)) : null),
        new("number",
            (d, lines) => d.Lines.DocNumber is { } l ? Blank(lines, [l]) : null,
            (d, lines) => d.Lines.DocNumber is { } l && lines[l - 1].Contains('〔') ? Replace(lines, l, lines[l - 1].Replace('〔', '[').Replace('〕', ']')) : null),
        new("publication",
            (d, lines) => d.Lines.PublicationMarker is { } l && l != d.Lines.Date ? Blank(lines, [l]) : null,
            (d, lines) => d.Lines.PublicationMarker is { } l && l != d.Lines.Date ? Replace(lines, l, "【" + d.PublicationMarker + "】") : null),
        new("title",
            (d, lines) => TitleLines(d, lines) is { Count: > 0 } t && d.Lines.DocNumber is not null ? Blank(lines, t) : null,
            (d, lines) => TitleLines(d, lines) is { Count: > 0 } t && d.Kind is { } kind ? Replace(lines, t[^1], DropKind(lines[t[^1] - 1], kind)) : null),
    ];

    internal static bool OnlyPart(List<string> lines, int line, string? text) => text is not null && Compact(lines[line - 1]) == text;

    internal static List<string> Blank(List<string> lines, IEnumerable<int> numbers)
    {
        var copy = lines.ToList();
        foreach (var n in numbers) copy[n - 1] = "";
        return copy;
    }

    internal static List<string> Replace(List<string> lines, int number, string text)
    {
        var copy = lines.ToList();
        copy[number - 1] = text;
        return copy;
    }

    /// <summary>The signature's lines: from its first line down to the line before the date (the organ lines of a joint signature).</summary>
    private static List<int>? SignatureLines(DocumentReport d, List<string> lines)
    {
        if (d.Lines.Signature is not { } first || d.Lines.Date is not { } date || first >= date) return null;
        return Enumerable.Range(first, date - first).Where(n => lines[n - 1].Trim().Length > 0).ToList();
    }

    /// <summary>The title's lines: from its first line, as many non-blank lines as make up the title's text.</summary>
    internal static List<int>? TitleLines(DocumentReport d, List<string> lines)
    {
        if (d.Lines.Title is not { } first || d.Title is not { } title) return null;
        var result = new List<int>();
        var text = "";
        for (var n = first; n <= lines.Count && text.Length < title.Length; n++)
        {
            var compact = Compact(lines[n - 1]);
            if (compact.Length == 0) continue;
            text += compact;
            result.Add(n);
        }
        return text == title ? result : null;
    }

    private static string DropKind(string line, string kind)
    {
        var trimmed = line.TrimEnd();
        var at = trimmed.LastIndexOf(kind[^1]);
        var compactKind = kind.Length;
        // Remove the kind's characters from the end, skipping white space PDF extraction may have put between them.
        var chars = trimmed.ToCharArray().ToList();
        for (var i = chars.Count - 1; i >= 0 && compactKind > 0; i--)
        {
            if (char.IsWhiteSpace(chars[i]) || chars[i] == '*') continue;
            chars.RemoveAt(i);
            compactKind--;
        }
        return at < 0 ? line : new string(chars.ToArray());
    }

    /// <summary>Another organ of the same place: the office of a government, or the government of an office.</summary>
    private static string OtherOrgan(string issuer) => issuer.EndsWith("办公室", StringComparison.Ordinal) ? issuer[..^3] : issuer + "办公室";

    private static string ChineseDate(DateOnly date)
    {
        const string digits = "〇一二三四五六七八九";
        static string Small(int n, string digits) => n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n - 10],
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
        var year = string.Concat(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => digits[c - '0']));
        return $"{year}年{Small(date.Month, digits)}月{Small(date.Day, digits)}日";
    }

    internal static string Compact(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != '*').ToArray());
}
