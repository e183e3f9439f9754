namespace Compliance.Checking.Tests.Layout;

/// <summary>
/// The two Word files the README shows (tests/fixtures/docx): made by <see cref="Gongwen"/>, committed so that anyone can
/// check them by hand, and kept equal to what the builder makes — text of every part, byte for byte.
/// </summary>
public class FixtureFilesTests
{
    public static TheoryData<string> Names => new("gongwen-template.docx", "clerk-default-normal.docx");

    [Theory]
    [MemberData(nameof(Names))]
    public void The_committed_fixture_is_what_the_builder_makes(string name)
    {
        var built = (name.StartsWith("gongwen", StringComparison.Ordinal) ? Gongwen.Template : Gongwen.Clerk).Build(Gongwen.Lines);
        var path = Path.Combine(TestSupport.RepositoryPaths.Root, "tests", "fixtures", "docx", name);
        if (Environment.GetEnvironmentVariable("COMPLIANCE_WRITE_FIXTURES") == "1") File.WriteAllBytes(path, built);
        Assert.True(File.Exists(path), $"{path} is missing: run this test with COMPLIANCE_WRITE_FIXTURES=1 to write it");
        Assert.Equal(built, File.ReadAllBytes(path));
    }
}
