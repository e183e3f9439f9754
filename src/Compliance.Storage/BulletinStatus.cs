namespace Compliance.Storage;

/// <summary>Values of the <c>Status</c> column of the Bulletins table (Chinese, read by officers).</summary>
public static class BulletinStatus
{
    /// <summary>Checked: the Findings and DocumentResults rows of this blob version are complete.</summary>
    public const string Checked = "已检查";

    /// <summary>Rejected (too large, empty, unreadable): see <c>Reason</c>; no findings are stored.</summary>
    public const string Rejected = "已拒收";

    /// <summary>A run has started writing rows; if it stays so, that run died and the bulletin will be processed again.</summary>
    public const string Processing = "处理中";

    /// <summary>True for a final state (checked or rejected).</summary>
    public static bool IsFinal(string? status) => status is Checked or Rejected;
}
