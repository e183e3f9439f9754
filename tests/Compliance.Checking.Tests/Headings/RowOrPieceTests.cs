using Compliance.Checking.Extraction.Parts;
using Compliance.Checking.Text;

namespace Compliance.Checking.Tests.Headings;

/// <summary>The heading reader's one-search test for a table row or a sentence piece agrees with the two plain tests it
/// stands for (two tabs anywhere in the line; after the marker, leading punctuation or a close quote before any open
/// one), on random lines of tabs, quote marks, spaces and text around a marker.</summary>
public class RowOrPieceTests
{
    private static readonly string[] Pieces = ["\t", "“", "”", "《", "》", " ", "　", "，", "。", "加强", "领导", "a", "1", "）"];
    private static readonly string[] Markers = ["一、", "（一）", "1.", "（1）", "1、"];

    [Fact]
    public void One_search_agrees_with_the_two_tests_on_random_lines()
    {
        var random = new Random(9704);
        for (var n = 0; n < 50_000; n++)
        {
            var marker = Markers[random.Next(Markers.Length)];
            var text = marker + string.Concat(Enumerable.Range(0, random.Next(0, 24)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var expected = TwoTabs(text) || IsPiece(text.AsSpan(marker.Length));
            Assert.True(expected == HeadingReader.IsRowOrPiece(text, marker.Length), $"'{text}': expected {expected}");
        }
    }

    [Theory]
    [InlineData("1.\t名称\t数量", true)]
    [InlineData("（一）加强“放管服”改革\t", false)]
    [InlineData("（一）加强“放管服”改革\t…\t", true)]
    [InlineData("4）的规定”执行", true)]
    [InlineData("2.，并报送", true)]
    [InlineData("一、总体要求", false)]
    public void Rows_and_pieces(string text, bool expected)
        => Assert.Equal(expected, HeadingReader.IsRowOrPiece(text, text.IndexOfAny(['、', '）', '.', ')']) + 1));

    private static bool TwoTabs(ReadOnlySpan<char> text) => text.Count('\t') >= 2;

    private static bool IsPiece(ReadOnlySpan<char> text)
    {
        text = TextNormalizer.TrimStart(text);
        if (text.IsEmpty || text[0] is '，' or ',' or '。' or '、' or '；' or ';' or '：' or ':' or '）' or ')' or '”' or '》' or '.' or '．') return true;
        foreach (var c in text)
        {
            if (c is '“' or '《') return false;
            if (c is '”' or '》') return true;
        }
        return false;
    }
}
