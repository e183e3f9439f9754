namespace Compliance.Checking.Tests;

/// <summary>A minimal well-formed bulletin: one document with every part of GB/T 9704 in place (headings of four levels,
/// attachment note and attachments, imprint). Rule tests break one part.</summary>
internal static class Samples
{
    public const string Document = """
        洛阳市人民政府办公室文件

        洛政办〔2019〕35号

        洛阳市人民政府办公室关于加强某项工作的通知

        各县（市、区）人民政府，市人民政府各部门：

        现将有关事项通知如下，请认真贯彻执行。

        一、总体要求

        （一）指导思想。坚持统筹推进，注重实效。

        （二）工作目标。年底前全面完成各项任务。

        1.明确任务。各单位按期完成。

        （1）细化措施。逐项制定办法。

        （2）落实责任。明确责任人员。

        2.加强协调。定期会商解决问题。

        二、保障措施

        各单位要加强组织领导，确保工作落实。

        附件：1.某项工作任务分解表
              2.某项工作联系人名单

        洛阳市人民政府办公室

        2019年6月25日

        （此件公开发布）

        附件1

        某项工作任务分解表

        由各单位按职责分工负责落实。

        附件2

        某项工作联系人名单

        由各单位确定一名联系人。

        抄送：市委办公室，市人大常委会办公室。

        洛阳市人民政府办公室　　　　2019年6月25日印发

        """;

    public static readonly DateTimeOffset CheckTime = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    public static BulletinChecker Checker(Checking.Configuration.CheckerOptions? options = null)
        => new(options, new FixedTime(CheckTime));

    public static Checking.Fixing.BulletinFixer Fixer(Checking.Configuration.CheckerOptions? options = null)
        => new(options, new FixedTime(CheckTime));

    public static BulletinReport Check(string text, Checking.Configuration.CheckerOptions? options = null)
        => Checker(options).Check(System.Text.Encoding.UTF8.GetBytes(text), "sample.txt");

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
