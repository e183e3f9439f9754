using System.Text;
using Compliance.TestSupport;

namespace Compliance.Checking.Tests.Layouts;

/// <summary>One line of a bulletin being rewritten, with the document it belongs to (0: the front matter before the first document).</summary>
internal readonly record struct TaggedLine(string Text, int Document);

/// <summary>
/// A bulletin as lines, each tagged with its document, so that layout variants can rewrite the front matter, insert
/// lines at the end of a document or between lines, and still know where each document is. The documents and their
/// parts come from checking the original (whose every document SeedTests verifies by hand).
/// </summary>
internal sealed class TaggedBulletin
{
    public TaggedBulletin(string name, IReadOnlyList<TaggedLine> lines, BulletinReport original)
    {
        Name = name;
        Lines = lines;
        Original = original;
    }

    public string Name { get; }

    public IReadOnlyList<TaggedLine> Lines { get; }

    /// <summary>The report of the unmodified bulletin: documents, titles, parts and their lines.</summary>
    public BulletinReport Original { get; }

    public static readonly string[] SeedNames = ["000_49e847614e3d52cb.txt", "001_9ce87f5440d1c5bb.txt", "002_bc7c144ecaea1a61.txt"];

    public static TaggedBulletin FromSeed(string fileName)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.SeedPath(fileName));
        var report = Samples.Checker().Check(bytes, fileName);
        return FromText(fileName, Encoding.UTF8.GetString(bytes), report);
    }

    public static TaggedBulletin FromText(string name, string text, BulletinReport report)
    {
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var starts = report.Documents.Select(d => d.StartLine).ToArray();
        var lines = new List<TaggedLine>(raw.Length);
        var document = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            while (document < starts.Length && i + 1 >= starts[document]) document++;
            lines.Add(new TaggedLine(raw[i], document));
        }
        return new TaggedBulletin(name, lines, report);
    }

    public TaggedBulletin With(IEnumerable<TaggedLine> lines, string? suffix = null)
        => new(suffix is null ? Name : Name + " " + suffix, lines.ToList(), Original);

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(string.Join("\n", Lines.Select(l => l.Text)));

    public string Text => string.Join("\n", Lines.Select(l => l.Text));

    /// <summary>Index (0-based) of the first line of document <paramref name="document"/> (1-based), or the end.</summary>
    public int StartOf(int document)
    {
        for (var i = 0; i < Lines.Count; i++) if (Lines[i].Document >= document) return i;
        return Lines.Count;
    }
}
