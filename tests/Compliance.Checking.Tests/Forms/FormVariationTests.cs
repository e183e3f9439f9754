using System.Globalization;
using System.Text;
using Compliance.Checking.Tests.Layouts;
using Xunit.Abstractions;

namespace Compliance.Checking.Tests.Forms;

/// <summary>
/// The forms harness: every seed written in random forms (<see cref="FormGenerator"/>) gives the same documents, fields
/// and rule ids as the seed itself. The base seed is <c>FORMS_SEED</c> (default fixed, so CI is reproducible), the
/// number of variants per bulletin <c>FORMS_PER_SEED</c>; a failure prints the seed, the transforms and where the
/// failing input was saved.
/// </summary>
public class FormVariationTests(ITestOutputHelper output)
{
    private const int DefaultBaseSeed = 20261205;
    private const int DefaultPerSeed = 170;

    private static int BaseSeed => int.TryParse(Environment.GetEnvironmentVariable("FORMS_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultBaseSeed;

    private static int PerSeed => int.TryParse(Environment.GetEnvironmentVariable("FORMS_PER_SEED"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultPerSeed;

    public static TheoryData<string, int> Variants()
    {
        var data = new TheoryData<string, int>();
        foreach (var seed in TaggedBulletin.SeedNames)
        {
            for (var i = 0; i < PerSeed; i++) data.Add(seed, i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_bulletin_in_any_form_gives_the_seeds_documents_fields_and_rule_ids(string seed, int variant)
    {
        var original = Seeds.Get(seed);
        var generator = new FormGenerator(StableHash($"{BaseSeed}/{seed}/{variant}"));
        var (transforms, lineEnding) = generator.Compose();
        var lines = original.Lines;
        foreach (var transform in transforms) lines = transform.Apply(lines);
        var text = string.Join(lineEnding, lines.Select(l => l.Text));

        var report = Samples.Checker().Check(Encoding.UTF8.GetBytes(text), seed);

        var expected = DocumentFingerprint.Of(original.Report);
        var actual = DocumentFingerprint.Of(report);
        var description = $"FORMS_SEED={BaseSeed} bulletin {seed} variant {variant} (generator seed {generator.Seed}): "
                          + string.Join("; ", transforms.Select(t => t.Description)) + $"; line endings {Escape(lineEnding)}";
        if (!expected.SequenceEqual(actual) || DocumentFingerprint.BulletinRuleIds(original.Report) != DocumentFingerprint.BulletinRuleIds(report))
        {
            var path = Path.Combine(Path.GetTempPath(), $"form-{BaseSeed}-{Path.GetFileNameWithoutExtension(seed)}-{variant}.txt");
            File.WriteAllText(path, text);
            output.WriteLine(description);
            output.WriteLine($"input saved to {path}");
            Assert.Fail(description + Environment.NewLine + "input: " + path + Environment.NewLine + Difference(expected, actual)
                        + Environment.NewLine + $"bulletin findings: expected [{DocumentFingerprint.BulletinRuleIds(original.Report)}], got [{DocumentFingerprint.BulletinRuleIds(report)}]");
        }
        Assert.InRange(expected.Count, 9, 19); // nothing compared trivially
    }

    [Fact]
    public void The_generator_is_reproducible_and_varied()
    {
        var original = Seeds.Get(TaggedBulletin.SeedNames[0]);
        string Render(int s)
        {
            var (transforms, ending) = new FormGenerator(s).Compose();
            var lines = original.Lines;
            foreach (var t in transforms) lines = t.Apply(lines);
            return string.Join(ending, lines.Select(l => l.Text));
        }

        Assert.Equal(Render(7), Render(7));
        var renders = Enumerable.Range(0, 40).Select(Render).ToList();
        Assert.True(renders.Distinct().Count() >= 38, "forty generator seeds give forty different texts");
        // Every transform kind is drawn somewhere in 200 compositions.
        var kinds = Enumerable.Range(0, 200).SelectMany(s => new FormGenerator(s).Compose().Transforms.Select(t => t.Description.Split(' ')[0])).ToHashSet();
        foreach (var kind in new[] { "cut", "page", "letter-spaced", "Markdown", "HTML", "spaces", "invisible" })
        {
            Assert.Contains(kind, kinds);
        }
    }

    // string.GetHashCode and HashCode differ from run to run: a printed seed must mean the same text tomorrow.
    private static int StableHash(string s)
    {
        var hash = 17;
        foreach (var c in s) hash = unchecked(hash * 31 + c);
        return hash;
    }

    private static string Escape(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Difference(List<DocumentFingerprint> expected, List<DocumentFingerprint> actual)
    {
        var text = new StringBuilder();
        if (expected.Count != actual.Count) text.AppendLine($"documents: expected {expected.Count}, got {actual.Count}");
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : null;
            var a = i < actual.Count ? actual[i] : null;
            if (e != a) text.AppendLine($"document {i + 1}:").AppendLine($"  expected {e}").AppendLine($"  actual   {a}");
        }
        return text.ToString();
    }

    /// <summary>The seeds as lines with their roles, checked once per test run.</summary>
    private static class Seeds
    {
        private static readonly Dictionary<string, (List<FormLine> Lines, BulletinReport Report)> Cache = new();
        private static readonly Lock Gate = new();

        public static (List<FormLine> Lines, BulletinReport Report) Get(string name)
        {
            lock (Gate)
            {
                if (!Cache.TryGetValue(name, out var entry)) Cache[name] = entry = Load(name);
                return entry;
            }
        }

        private static (List<FormLine>, BulletinReport) Load(string name)
        {
            var tagged = TaggedBulletin.FromSeed(name);
            var report = tagged.Original;
            var roles = new FormRole[tagged.Lines.Count];
            for (var i = 0; i < roles.Length; i++)
            {
                var t = tagged.Lines[i].Text.Trim();
                if (t.StartsWith('|') || t.EndsWith('|')) roles[i] = FormRole.TableRow;
            }
            foreach (var d in report.Documents)
            {
                Mark(d.Lines.Mark, FormRole.Mark);
                Mark(d.Lines.DocNumber, FormRole.Number);
                Mark(d.Lines.Signature, FormRole.Signature);
                Mark(d.Lines.Date, FormRole.Date);
                Mark(d.Lines.PublicationMarker, FormRole.Marker);
                if (d.Lines.Title is { } first && d.Title is { } title)
                {
                    // The title's lines: from its first, as many non-blank lines as its text takes.
                    var length = 0;
                    for (var i = first - 1; i < roles.Length && length < title.Length; i++)
                    {
                        var compact = new string(tagged.Lines[i].Text.Where(c => !char.IsWhiteSpace(c) && c != '*').ToArray());
                        if (compact.Length == 0) continue;
                        roles[i] = FormRole.Title;
                        length += compact.Length;
                    }
                }
            }
            return (tagged.Lines.Select((l, i) => new FormLine(l.Text, roles[i])).ToList(), report);

            void Mark(int? line, FormRole role)
            {
                if (line is { } n && n - 1 < roles.Length && roles[n - 1] == FormRole.Text) roles[n - 1] = role;
            }
        }
    }
}
