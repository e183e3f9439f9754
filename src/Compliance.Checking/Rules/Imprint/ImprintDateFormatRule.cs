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
        // The message shows the form with this date when it is a real one, the standard's example otherwise; only a
        // real date is a correction.
        var corrected = date.Correction is { } c ? c + "印发" : null;
        sink.ReportFix(imprint.Line, imprint.Page, date.Text + "印发", corrected, date.Text + "印发", corrected ?? "2012年7月1日印发");
    }
}
