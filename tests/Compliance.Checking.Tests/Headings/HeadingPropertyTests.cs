using System.Text;
using Compliance.Checking.Extraction;
using Compliance.Checking.Reading;

namespace Compliance.Checking.Tests.Headings;

/// <summary>
/// The heading rules proved on generated documents (<see cref="HeadingTreeGenerator"/>): every well-formed heading tree
/// is read whole and gives no heading finding, in full-width and in half-width-habit documents, with or without
/// attachments numbered afresh; each single damage — a number skipped, a number repeated, a wrong form, a first child
/// numbered 2 — gives exactly one finding, of the right rule.
/// </summary>
public class HeadingPropertyTests
{
    private const int Documents = 200;

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, Documents));

    private static readonly string[] HeadingRules = [RuleIds.HeadingForm, RuleIds.HeadingSequence];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Well_formed_headings_are_read_whole_and_give_no_heading_finding(int seed)
    {
        var generator = new HeadingTreeGenerator(seed).Generate();
        var text = generator.Text();

        var document = Assert.Single(Extract(text));
        var expected = generator.Headings.Select(h => (h.Level, h.Number, h.Scope > 0)).ToList();
        var actual = document.Headings.Select(h => (h.Level, h.Ordinal, h.Scope > 0)).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(generator.Headings.Select(h => h.Scope).Distinct().Count(), document.Headings.Select(h => h.Scope).Distinct().Count());
        var findings = Samples.Check(text).AllFindings.Where(f => HeadingRules.Contains(f.RuleId)).ToList();
        Assert.True(findings.Count == 0, $"seed {seed}: {string.Join("; ", findings.Select(f => $"{f.RuleId}@{f.Line} {f.Evidence}"))}\n{text}");
    }

    public enum Damage { Skip, Repeat, WrongForm, FirstChildAtTwo }

    public static TheoryData<int, Damage> Damages()
    {
        var data = new TheoryData<int, Damage>();
        foreach (var damage in Enum.GetValues<Damage>())
        {
            for (var seed = 1; seed <= Documents / 2; seed++) data.Add(seed, damage);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void One_damage_gives_exactly_one_finding_of_its_rule(int seed, Damage damage)
    {
        var generator = new HeadingTreeGenerator(seed).Generate();
        var random = new Random(seed * 31 + (int)damage);
        var rule = Apply(generator, damage, random);
        if (rule is null) return; // no heading this damage applies to (a tree of one level, say): counted below
        var text = generator.Text();

        var findings = Samples.Check(text).AllFindings.Where(f => HeadingRules.Contains(f.RuleId)).ToList();

        Assert.True(findings.Count == 1 && findings[0].RuleId == rule,
            $"seed {seed}, {damage}: expected one {rule}, got {string.Join("; ", findings.Select(f => $"{f.RuleId}@{f.Line} {f.Evidence} {f.Message}"))}\n{text}");
        if (rule != RuleIds.HeadingForm) return;
        // A marker in the wrong form carries its correction, and the correction written in its place is silent.
        var finding = findings[0];
        Assert.NotNull(finding.Suggestion);
        var lines = text.Split('\n');
        var at = finding.Line!.Value - 1;
        var start = lines[at].IndexOf(finding.Evidence!, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the evidence «{finding.Evidence}» is not on line {finding.Line}");
        lines[at] = lines[at][..start] + finding.Suggestion + lines[at][(start + finding.Evidence!.Length)..];
        var fixedFindings = Samples.Check(string.Join('\n', lines)).AllFindings.Where(f => HeadingRules.Contains(f.RuleId)).ToList();
        Assert.True(fixedFindings.Count == 0,
            $"seed {seed}: «{finding.Evidence}» → «{finding.Suggestion}» still gives {string.Join("; ", fixedFindings.Select(f => $"{f.RuleId}@{f.Line} {f.Evidence}"))}");
    }

    [Theory]
    [InlineData(Damage.Skip)]
    [InlineData(Damage.Repeat)]
    [InlineData(Damage.WrongForm)]
    [InlineData(Damage.FirstChildAtTwo)]
    public void Most_generated_documents_take_each_damage(Damage damage)
    {
        var applied = Enumerable.Range(1, Documents / 2)
            .Count(seed => Apply(new HeadingTreeGenerator(seed).Generate(), damage, new Random(seed * 31 + (int)damage)) is not null);
        Assert.True(applied >= Documents / 4, $"{damage} applied to only {applied} documents");
    }

    /// <summary>Damages one heading (and, for a number, the rest of its sequence, so that exactly one place breaks);
    /// returns the rule that must report it, or null when no heading of the document can take this damage.</summary>
    private static string? Apply(HeadingTreeGenerator generator, Damage damage, Random random)
    {
        var headings = generator.Headings.ToList();
        switch (damage)
        {
            case Damage.Skip:
            {
                // A number from the second on, skipped: it and the rest of its sequence go up by one.
                var candidates = headings.Where(h => h.Number >= 2 && Twice(headings, h)).ToList();
                if (candidates.Count == 0) return null;
                Shift(headings, candidates[random.Next(candidates.Count)], +1);
                return RuleIds.HeadingSequence;
            }
            case Damage.Repeat:
            {
                // A number repeated: it and the rest of its sequence go down by one. (Not 1 repeated: 1. 1. is read
                // as a list that starts again.)
                var candidates = headings.Where(h => h.Number >= 3).ToList();
                if (candidates.Count == 0) return null;
                Shift(headings, candidates[random.Next(candidates.Count)], -1);
                return RuleIds.HeadingSequence;
            }
            case Damage.FirstChildAtTwo:
            {
                // The first group of a level below the first, numbered from 2 (with the second level numbered through
                // the body, the first group's: under the second parent （二） may go on from the first's （一）).
                var candidates = headings.Where(h => h.Level >= 2 && h.ChildIndex == 1 && headings.Count(o => o.Scope == h.Scope && o.Level == h.Level) >= 2
                    && !headings.Any(o => o.Sequence == h.Sequence && headings.IndexOf(o) < headings.IndexOf(h))
                    && headings.TakeWhile(o => o != h).All(o => o.Scope != h.Scope || o.Level != h.Level)).ToList();
                if (candidates.Count == 0) return null;
                Shift(headings, candidates[random.Next(candidates.Count)], +1);
                return RuleIds.HeadingSequence;
            }
            default:
            {
                var h = headings[random.Next(headings.Count)];
                var forms = WrongForms(h.Level, generator.HalfWidth);
                var form = forms[random.Next(forms.Length)];
                h.Marker = form.Replace("N", Analysis.HeadingMarker.Numeral(h.Number, h.Level <= 2), StringComparison.Ordinal);
                return RuleIds.HeadingForm;
            }
        }
    }

    /// <summary>A heading whose level appears at least twice in its scope (a level seen once is not judged).</summary>
    private static bool Twice(List<GeneratedHeading> headings, GeneratedHeading h) => headings.Count(o => o.Scope == h.Scope && o.Level == h.Level) >= 2;

    private static void Shift(List<GeneratedHeading> headings, GeneratedHeading from, int by)
    {
        foreach (var h in headings.Skip(headings.IndexOf(from)).Where(o => o.Sequence == from.Sequence)) h.Number += by;
    }

    /// <summary>Forms of a level other than the standard's (N for the number). 1) is left out: it counts apart from
    /// （1） (two kinds of list), so one 1) among （1） items leaves a gap in theirs. Half-width brackets only where they
    /// break the document's habit.</summary>
    private static string[] WrongForms(int level, bool halfWidth) => level switch
    {
        1 => ["N.", "N．", "N，"],
        2 => halfWidth ? ["（N）、", "（N）.", "（N），"] : ["（N）、", "（N）.", "（N），", "(N)"],
        3 => ["N、", "N，"],
        _ => halfWidth ? ["（N）、", "（N）."] : ["（N）、", "（N）.", "(N)"],
    };

    private static IReadOnlyList<ExtractedDocument> Extract(string text)
    {
        var outcome = new BulletinReader(new Checking.Configuration.CheckerLimits()).Read(Encoding.UTF8.GetBytes(text));
        return DocumentExtractor.Extract(outcome.Text!).Documents;
    }
}
