using Compliance.TestSupport;

namespace Compliance.Checking.Tests.Special;

/// <summary>
/// The special formats of GB/T 9704 §10 in fixtures built like the seeds (text extracted from a gazette's PDF: spaces
/// inside numbers and dates, wrapped lines, running page headers): a decree with the regulation it promulgates, minutes
/// with attendees, a letter — each found with its fields and no finding — and a damaged copy of each with its finding.
/// </summary>
public class SpecialFormatTests
{
    internal static string Fixture(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "special", name));

    internal static BulletinReport CheckFixture(string name)
        => Samples.Checker().Check(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "special", name)), name);

    [Theory]
    [InlineData("decree.txt")]
    [InlineData("minutes.txt")]
    [InlineData("letter.txt")]
    [InlineData("decree-no-signatory.txt")]
    [InlineData("decree-year-number.txt")]
    [InlineData("letter-ordinary-number.txt")]
    [InlineData("minutes-round-brackets.txt")]
    [InlineData("bulletin.txt")]
    public void Dump(string name)
    {
        var report = CheckFixture(name);
        foreach (var d in report.Documents)
        {
            Console.WriteLine($"{name}: {d.StartLine}-{d.EndLine} {d.Format} T={d.Title} K={d.Kind} N={d.DocNumber}@{d.Lines.DocNumber} I={d.Issuer} S={d.Signature}@{d.Lines.Signature} D={d.DateText} M={d.PublicationMarker} F=[{string.Join(",", d.Findings.Select(f => f.RuleId))}]");
        }
        Console.WriteLine($"{name}: bulletin F=[{string.Join(",", report.Findings.Select(f => f.RuleId))}]");
    }
}
