namespace Compliance.Checking.Rules.Imprint;

/// <summary>The printing date (7.4.3) in full with Arabic numerals and no zero padding: 2012年7月1日印发. The date
/// logic is <see cref="Analysis.DocDate"/>'s, as for the date of signing.</summary>
internal sealed class ImprintDateFormatRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ImprintDateFormat, Severity.Warning, "7.4.3");

    public void Check(DocumentContext context, FindingSink sink)
    {
        if (context.Document.ImprintDate is not { } imprint) return;
        var date = imprint.Value;
        if (!date.UsesChineseNumerals && !date.IsZeroPadded && date.Year.Length == 4 && date.Year.All(char.IsAsciiDigit)) return;
        var correct = date.ToDate() is { } d ? $"{d.Year}年{d.Month}月{d.Day}日印发" : "2012年7月1日印发";
        sink.Report(imprint.Line, imprint.Page, date.Text + "印发", date.Text + "印发", correct);
    }
}
