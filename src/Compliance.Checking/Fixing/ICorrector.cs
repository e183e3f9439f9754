namespace Compliance.Checking.Fixing;

/// <summary>Writes one round of corrections into a file of one format.</summary>
internal interface ICorrector
{
    /// <summary>
    /// Makes every correction of <paramref name="findings"/> that can be placed and does not overlap one placed before
    /// it; returns the new file (null when none was made), the corrections made (with the evidence they replaced) and
    /// those whose evidence is not where the finding points. Overlapping corrections wait for the next round.
    /// </summary>
    (byte[]? Content, List<(Finding Finding, string Before)> Applied, List<Finding> NotFound) Apply(IEnumerable<Finding> findings);
}
