using Compliance.Checking;
using Compliance.Storage.Tables;

namespace Compliance.Storage;

/// <summary>The outcome of processing one blob: the Bulletins row written and, when checked, the checker's report.</summary>
public sealed record BulletinProcessingResult(BulletinEntity Row, BulletinReport? Report)
{
    public string Bulletin => Row.Bulletin;

    public string Status => Row.Status;

    public bool IsChecked => Row.Status == BulletinStatus.Checked;

    public string? Reason => Row.Reason;
}
