using System.Text;
using Compliance.Checking.Fixing;
using Compliance.Checking.Tests.Layouts;

namespace Compliance.Checking.Tests.Fixing;

/// <summary>
/// Round trip: for every damage the damage harness makes on the seeds whose new finding carries a correction, the
/// corrected copy of the damaged text is the corrected copy of the seed itself — the damage is undone, the seed's own
/// determinate findings are corrected the same way in both, and nothing else differs. The harness writes a damaged
/// line afresh (its indentation and inner spaces dropped), so a damaged line is compared without white space; every
/// other line byte for byte. The damaged text made a Word document and fixed gives, all its tracked changes accepted,
/// the same text (read as the checker reads both). In a document whose punctuation is half-width by habit the seed's own half-width colon or
/// brackets are not corrected one by one (the habit is reported once, with no single correction), while the damaged mark
/// is corrected to the standard's full-width one: there a damaged line is compared with the marks' widths folded too.
/// </summary>
public class FixRoundTripTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new(TaggedBulletin.SeedNames);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Fixing_a_determinate_damage_gives_what_fixing_the_seed_gives(string seed)
    {
        var lines = TaggedBulletin.FromSeed(seed).Lines.Select(l => l.Text).ToList();
        var checker = Samples.Checker();
        // The layout rules judge how a .docx prints, which the damages do not touch: off, the .docx is not read twice.
        var options = new Checking.Configuration.CheckerOptions();
        foreach (var rule in Checking.Rules.RuleCatalog.Default.Descriptors.Where(d => d.Family == "layout"))
        {
            options.Rules[rule.Id] = new Checking.Configuration.RuleSetting { Enabled = false };
        }
        var fixer = new BulletinFixer(options);
        var reference = checker.Check(Bytes(lines), seed);
        var seedFixed = Fixed(fixer, lines, seed);

        var tried = 0;
        var failures = new List<string>();
        var rules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var document in reference.Documents)
        {
            foreach (var part in DocumentParts.All.Where(p => !p.WritesNewText))
            {
                foreach (var (how, damage) in new[] { ("remove", part.Remove), ("misprint", part.Misprint) })
                {
                    if (damage(document, lines) is not { } damaged) continue;
                    var report = checker.Check(Bytes(damaged), seed);
                    if (report.Documents.Count != reference.Documents.Count) continue; // DamagedPartTests judges this
                    var before = reference.Documents[document.Index - 1].Findings.Select(Key).ToHashSet();
                    var gained = report.Documents[document.Index - 1].Findings.Where(f => !before.Contains(Key(f))).ToList();
                    if (gained.Count == 0 || gained.Any(f => f.Suggestion is null)) continue; // not a determinate damage
                    tried++;
                    rules.UnionWith(gained.Select(f => f.RuleId));

                    var context = $"{seed} document {document.Index} {document.DocNumber}: {how} {part.Family} ({string.Join(", ", gained.Select(f => f.RuleId))})";
                    var result = Fixed(fixer, damaged, seed);
                    var touched = Enumerable.Range(0, lines.Count).Where(i => damaged[i] != lines[i]).ToHashSet();
                    var halfWidth = reference.Documents[document.Index - 1].Findings.Any(f => f.RuleId == RuleIds.PunctuationHalfWidth);
                    string Loose(string line) => halfWidth ? FoldWidth(Compact(line)) : Compact(line);
                    // The same damaged text as a Word document: accepting every tracked change gives what the text's fix gives.
                    var docx = fixer.Fix(DocxFixerTests.Docx(damaged, int.MaxValue), seed);
                    Assert.Empty(docx.NotApplied);
                    var accepted = DocxFixerTests.Read(DocxFixerTests.Transform(docx.Content!, DocxFixerTests.AcceptAll));
                    var text = DocxFixerTests.Read(Bytes(result));
                    if (!accepted.SequenceEqual(text))
                    {
                        var at = accepted.Zip(text).TakeWhile(p => p.First == p.Second).Count();
                        failures.Add($"{context}: the .docx, all changes accepted, is not the fixed text at paragraph {at + 1}:\n  {accepted.ElementAtOrDefault(at)}\n  {text.ElementAtOrDefault(at)}");
                    }
                    for (var i = 0; i < lines.Count; i++)
                    {
                        var same = touched.Contains(i) ? Loose(result[i]) == Loose(seedFixed[i]) : result[i] == seedFixed[i];
                        if (same) continue;
                        failures.Add($"{context}: line {i + 1}\n  seed fixed   {seedFixed[i]}\n  damage fixed {result[i]}");
                        break;
                    }
                }
            }
        }
        output.WriteLine($"{tried} determinate damages of {reference.Documents.Count} documents fixed; rules: {string.Join(", ", rules)}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {tried}:\n" + string.Join("\n", failures));
        Assert.True(tried >= reference.Documents.Count, $"only {tried} determinate damages");
    }

    private static List<string> Fixed(BulletinFixer fixer, List<string> lines, string seed)
    {
        var result = fixer.Fix(Bytes(lines), seed);
        Assert.Null(result.Refusal);
        Assert.Empty(result.NotApplied);
        var text = Encoding.UTF8.GetString(result.Content!).Split('\n').ToList();
        Assert.Equal(lines.Count, text.Count);
        return text;
    }

    private static string Key(Finding f) => $"{f.RuleId}@{f.Line}:{f.Evidence}";

    private static string Compact(string s) => DocumentParts.Compact(s);

    private static string FoldWidth(string s) => new(s.Select(c => c switch { '：' => ':', '（' => '(', '）' => ')', '，' => ',', '；' => ';', _ => c }).ToArray());

    private static byte[] Bytes(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines));
}
