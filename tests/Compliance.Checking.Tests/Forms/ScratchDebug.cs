using Compliance.Checking.Reading;
using Xunit.Abstractions;
namespace Compliance.Checking.Tests.Forms;
public class ScratchDebug(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("DUMP_FILE");
        if (path is null) return;
        var pattern = Environment.GetEnvironmentVariable("DUMP_PATTERN") ?? "";
        var outcome = new BulletinReader().Read(File.ReadAllBytes(path));
        var lines = outcome.Text!.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Text.Contains(pattern)) continue;
            for (var k = Math.Max(0, i - 4); k < Math.Min(lines.Count, i + 5); k++)
                output.WriteLine($"{lines[k].Number}: [{Compliance.Checking.Analysis.LineClassifier.Classify(lines[k]).Kind}] {lines[k].Text}");
            output.WriteLine("----");
        }
    }
}
