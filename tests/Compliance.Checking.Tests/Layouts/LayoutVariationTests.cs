namespace Compliance.Checking.Tests.Layouts;

/// <summary>
/// The layout-variation harness: every seed rewritten in every layout of <see cref="LayoutVariants"/> gives the same
/// documents, fields and rule ids as the seed itself. A checker tuned to the seeds' own layouts fails here.
/// </summary>
public class LayoutVariationTests
{
    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in TaggedBulletin.SeedNames)
        {
            foreach (var variant in LayoutVariants.All()) data.Add(seed, variant.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Variant_gives_the_same_documents_fields_and_rule_ids(string seed, string variantName)
    {
        var original = TaggedBulletin.FromSeed(seed);
        var variant = LayoutVariants.All().Single(v => v.Name == variantName).Apply(original);

        var report = Samples.Checker().Check(variant.ToBytes(), variant.Name);

        Assert.InRange(original.Original.Documents.Count, 9, 19); // nothing compared trivially
        Assert.Equal(DocumentFingerprint.Of(original.Original), DocumentFingerprint.Of(report));
        Assert.Equal(DocumentFingerprint.BulletinRuleIds(original.Original), DocumentFingerprint.BulletinRuleIds(report));
        // Every variant's contents page (where it has one) lists every document: nothing of the structure family.
        Assert.DoesNotContain(report.AllFindings, f => f.RuleId.StartsWith("structure.", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> ContentsLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in TaggedBulletin.SeedNames)
        {
            foreach (var layout in LayoutVariants.ContentsLayouts) data.Add(seed, layout.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ContentsLayouts))]
    public void Every_entry_of_a_contents_layout_is_read(string seed, string layoutName)
    {
        // Guards the harness itself: a contents page the checker ignored would pass the test above. With one entry
        // left out of the generated page, exactly that document is reported as not listed.
        var original = TaggedBulletin.FromSeed(seed);
        var layout = LayoutVariants.ContentsLayouts.Single(l => l.Name == layoutName);
        var omitted = original.Original.Documents.Count / 2;
        var withContents = LayoutVariants.WithContents(original, layout, omitted);

        var report = Samples.Checker().Check(withContents.ToBytes(), layout.Name);

        var finding = Assert.Single(report.AllFindings, f => f.RuleId.StartsWith("structure.", StringComparison.Ordinal));
        Assert.Equal(RuleIds.StructureDocumentNotInToc, finding.RuleId);
        Assert.Equal(original.Original.Documents[omitted].Title, report.Documents.Single(d => d.Findings.Contains(finding)).Title);
    }
}
