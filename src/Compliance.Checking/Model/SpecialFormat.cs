namespace Compliance.Checking;

/// <summary>The formats of GB/T 9704: the ordinary document (§7) and the special formats of §10.</summary>
public enum SpecialFormat
{
    Ordinary,
    /// <summary>A letter (信函, 10.1): a title ending with 函.</summary>
    Letter,
    /// <summary>A decree (命令/令, 10.2): the organ's name with 令, then 第N号.</summary>
    Decree,
    /// <summary>Minutes (纪要, 10.3): the mark XX纪要.</summary>
    Minutes,
}
