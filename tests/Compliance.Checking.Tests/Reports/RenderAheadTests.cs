using System.Text;
using Compliance.Checking.Reports;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests.Reports;

/// <summary>
/// A report held as bytes (<c>compliance check</c> holds every report of a run until its citations are judged) is the
/// report: read back, it writes the same output in every format; rendered ahead, it writes what the writer writes;
/// with findings added to the bytes, it is what the report with those findings renders to.
/// </summary>
public class RenderAheadTests
{
    /// <summary>The sample bulletins and document, an unreadable file, and copies of them changed at random: pages,
    /// missing fields, and text that JSON must escape.</summary>
    private static readonly Lazy<IReadOnlyList<BulletinReport>> All = new(MakeReports);

    public static IReadOnlyList<BulletinReport> Reports() => All.Value;

    private static IReadOnlyList<BulletinReport> MakeReports()
    {
        var checker = Samples.Checker();
        var reports = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => checker.Check(File.ReadAllBytes(path), Path.GetFileName(path)))
            .Append(checker.Check(Encoding.UTF8.GetBytes(Samples.Document), "sample.txt"))
            .Append(checker.Check(Array.Empty<byte>(), "empty.txt"))
            .ToList();
        // A gazette of many documents: its bytes outgrow every buffer the writers start with.
        var many = Enumerable.Repeat(reports, 4).SelectMany(all => all.SelectMany(r => r.Documents))
            .Select((d, i) => d with { Index = i + 1 }).ToList();
        reports.Add(reports[0] with { Source = "many.txt", Documents = many });
        var random = new Random(9704);
        foreach (var report in reports.ToList())
        {
            for (var copy = 0; copy < 3; copy++) reports.Add(Scramble(report, random, copy));
        }
        return reports;
    }

    private static readonly string[] Awkward = ["\"引号\"", "反斜杠\\", "换行\n第二行", "制表\t", "<&>", "𠀀扩展B", "\u0001", ""];

    private static BulletinReport Scramble(BulletinReport report, Random random, int copy)
    {
        string? Text(string? text) => random.Next(4) switch
        {
            0 => null,
            1 => text + Awkward[random.Next(Awkward.Length)],
            _ => text,
        };
        int? Number(int? value) => random.Next(3) == 0 ? (value is null ? random.Next(1, 500) : null) : value;
        Finding Change(Finding f) => f with
        {
            Line = Number(f.Line), Page = Number(f.Page), Evidence = Text(f.Evidence), Suggestion = Text(f.Suggestion),
            Message = Text(f.Message) ?? "",
        };
        return report with
        {
            Source = $"copy{copy}/{report.Source}{Awkward[random.Next(Awkward.Length)]}",
            Encoding = Text(report.Encoding),
            Findings = report.Findings.Select(Change).ToList(),
            Documents = report.Documents.Select(d => d with
            {
                Page = Number(d.Page), Title = Text(d.Title), Issuer = Text(d.Issuer), DocNumber = Text(d.DocNumber),
                Signature = Text(d.Signature), DateText = Text(d.DateText), PublicationMarker = Text(d.PublicationMarker),
                Date = random.Next(3) == 0 ? null : d.Date ?? new DateOnly(2019, random.Next(1, 13), random.Next(1, 29)),
                Issuers = random.Next(3) == 0 ? [] : [.. d.Issuers, "某某局"],
                Lines = d.Lines with { Mark = Number(d.Lines.Mark), Addressees = Number(d.Lines.Addressees), Date = Number(d.Lines.Date) },
                Findings = d.Findings.Select(Change).ToList(),
                // Not part of any output: not held either.
                Citations = [],
                NumberKey = null,
            }).ToList(),
        };
    }

    [Fact]
    public void The_cases_include_a_bulletin_larger_than_the_buffers()
        => Assert.Contains(Reports(), r => JsonReportWriter.RenderBulletin(r).Utf8!.Length > 256 * 1024);

    public static TheoryData<int> Cases => new(Enumerable.Range(0, Reports().Count));

    private static BulletinReport Case(int index) => Reports()[index];

    private static string Json(params BulletinReport[] reports) => JsonReportWriter.ToJson(reports);

    private static string Csv(params BulletinReport[] reports) => CsvReportWriter.ToCsv(reports);

    private static string Sarif(params BulletinReport[] reports)
    {
        using var buffer = new MemoryStream();
        SarifReportWriter.Write(buffer, reports);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_report_read_back_from_its_json_writes_the_same_output_in_every_format(int index)
    {
        var report = Case(index);
        var held = JsonReportWriter.RenderBulletin(report);

        var back = JsonReportReader.ReadBulletin(held.Utf8!);

        Assert.Equal(Json(report), Json(back));
        Assert.Equal(Csv(report), Csv(back));
        Assert.Equal(Sarif(report), Sarif(back));
        Assert.Equal(ReportTotals.Of(report), held.Totals);
        Assert.Equal(held.Totals, ReportTotals.Of(back));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rendered_ahead_a_report_writes_what_the_writer_writes_first_or_later_in_the_run(int index)
    {
        var report = Case(index);
        var other = Case((index + 1) % Reports().Count);

        foreach (var (name, expected, write) in new (string, string, Func<Func<IPrerenderingReportWriter, IReportWriter>, string>)[]
                 {
                     ("json", Json(report, other, report), WriteJson),
                     ("csv", Csv(report, other, report), WriteCsv),
                 })
        {
            var actual = write(writer =>
            {
                writer.Begin();
                writer.Write(writer.Render(report));
                writer.Write(other);
                writer.Write(writer.Render(report));
                writer.End();
                return writer;
            });
            Assert.True(expected == actual, $"{name}: rendered ahead differs from written");
        }
    }

    private static string WriteJson(Func<IPrerenderingReportWriter, IReportWriter> run)
    {
        using var buffer = new MemoryStream();
        using (run(new JsonReportWriter(buffer))) { }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string WriteCsv(Func<IPrerenderingReportWriter, IReportWriter> run)
    {
        var text = new StringWriter();
        using (run(new CsvReportWriter(text))) { }
        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Findings_added_to_the_bytes_give_what_the_report_with_those_findings_renders_to(int index)
    {
        var report = Case(index);
        var random = new Random(index);
        var rules = new[] { "citation.title-conflict", "a.first", "zz.last", "citation.number-mismatch" };
        var held = JsonReportWriter.RenderBulletin(report);
        var expected = report;

        // Twice over: the bytes a first addition gives take a second one, as the registry's do not, but might.
        for (var round = 0; round < 2; round++)
        {
            var added = new Dictionary<int, IReadOnlyList<Finding>>();
            foreach (var document in expected.Documents.Where(_ => random.Next(3) == 0))
            {
                added[document.Index] = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new Finding(
                    rules[random.Next(rules.Length)], (Severity)random.Next(3), "引用的标题与“某文件”不一致\n" + random.Next(),
                    random.Next(4) == 0 ? null : document.Findings.Select(f => f.Line).FirstOrDefault(l => l is not null && random.Next(2) == 0) ?? random.Next(document.StartLine, document.EndLine + 1),
                    random.Next(2) == 0 ? null : "《某文件》（某发〔2019〕1号）", document.Page, random.Next(2) == 0 ? null : "某发〔2019〕1号")).ToList();
            }
            held = JsonReportWriter.AddFindings(held, added);
            expected = expected with
            {
                Documents = expected.Documents.Select(d => added.TryGetValue(d.Index, out var more)
                    ? d with { Findings = d.Findings.Concat(more).OrderBy(f => f.Line ?? 0).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList() }
                    : d).ToList(),
            };

            Assert.Equal(Encoding.UTF8.GetString(JsonReportWriter.RenderBulletin(expected).Utf8!), Encoding.UTF8.GetString(held.Utf8!));
            Assert.Equal(ReportTotals.Of(expected), held.Totals);
        }
    }
}
