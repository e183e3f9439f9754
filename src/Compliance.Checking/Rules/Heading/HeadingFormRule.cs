using Compliance.Checking.Analysis;
using Compliance.Checking.Extraction;

namespace Compliance.Checking.Rules.Heading;

/// <summary>
/// The markers of the body's headings in the standard's four forms 一、 （一） 1. （1） (GB/T 9704 7.3.3). Each other
/// form is reported once per document, at its first heading, with the count: 1、 one step milder (a form in wide use;
/// the standard's own example is 1.), every other form (一. 一， （一）、 1， 1) …) at the rule's severity. Half-width
/// brackets (一) are reported only where they break the document's habit: in a document that writes its marks
/// half-width they are the habit, reported once by punctuation.half-width.
/// </summary>
internal sealed class HeadingFormRule : IDocumentRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.HeadingForm, Severity.Warning, "7.3.3");

    public void Check(DocumentContext context, FindingSink sink)
    {
        var document = context.Document;
        var headings = document.Headings;
        // Each form other than the standard's, with the index of its first heading (a handful at most).
        Occurrences<int>? forms = null;
        for (var i = 0; i < headings.Length; i++)
        {
            ref readonly var heading = ref headings[i];
            if (heading.Kind == HeadingFormKind.Canonical) continue;
            if (heading.Kind == HeadingFormKind.HalfWidthBrackets && document.Punctuation.MostlyHalfWidth) continue;
            (forms ??= new Occurrences<int>()).Add(heading.Form, i);
        }
        if (forms is null) return;
        foreach (var form in forms.Kinds)
        {
            var heading = headings[form.First];
            var standard = HeadingMarker.WithNumber(Extraction.Heading.CanonicalForm(heading.Level), heading.Ordinal, heading.Chinese);
            object?[] args = [heading.Marker, heading.Level, standard, form.Count];
            // The correction is determinate: the level's own marker, with the same number, in place of the one printed.
            var text = heading.Text;
            var corrected = heading.MarkerLength <= text.Length ? standard + text[heading.MarkerLength..] : null;
            if (heading.Kind == HeadingFormKind.Common) sink.ReportMilderFix(heading.Line, heading.Page, text, corrected, args);
            else sink.ReportFix(heading.Line, heading.Page, text, corrected, args);
        }
    }
}
