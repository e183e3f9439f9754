namespace Compliance.Checking.Tests;

public partial class SeedPartFindingsTests
{
    private static readonly SeedFinding[] Attachments =
    [
        // Verdict: real. The note names 润西区…领导小组名单, the attachment printed under it is 涧西区…领导小组名单 (the
        // district of the document): a misspelt place name in the note. Error: the note names an attachment that does
        // not exist under that title.
        new("000_49e847614e3d52cb.txt", 6, RuleIds.AttachmentMismatch, 1034, "涧西区永久基本农田核实整改补划暨储备区划定工作领导小组名单"),
        // Verdict: real. The note says …领导小组人员名单, the attachment is titled …领导小组成员名单 (the label is 附件:
        // after the signature and marker, the title wrapped with a space: both read through).
        new("001_9ce87f5440d1c5bb.txt", 4, RuleIds.AttachmentMismatch, 505, "乳山市第三次土地调查领导小组成员名单"),
        // Verdict: real. Entry 1. of the note is 吕梁市棚户区改造项目清单; 附件 1 is printed as
        // 吕梁市棚户区改造项目清单（完善提升）: a qualifier the note leaves out. The title must agree word for word.
        new("002_bc7c144ecaea1a61.txt", 5, RuleIds.AttachmentMismatch, 819, "吕梁市棚户区改造项目清单（完善提升）"),
        // Verdict: real. 附件: with a half-width colon in a document that writes its marks full-width (85 half-width
        // against 186 full-width: no half-width habit), so a slip, not the document's habit. The note stands after the
        // date where extraction left it; the label 附件 displaced into the paragraph above (3752) has no title and is
        // not compared. Warning: form, not substance.
        new("002_bc7c144ecaea1a61.txt", 17, RuleIds.AttachmentNoteForm, 3756, "附件:"),
    ];
}
