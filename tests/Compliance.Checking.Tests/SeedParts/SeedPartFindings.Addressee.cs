namespace Compliance.Checking.Tests;

public partial class SeedPartFindingsTests
{
    // Verdicts. 7.3.2 closes the addressees with a full-width colon. These documents mix both widths (no half-width
    // habit), so a half-width colon is a deviation of its own, as the rule is documented; 001 #16 closes them with a
    // semicolon, a plain misprint. The documents that write every mark half-width (the rest of 001) are not reported
    // here: their colon is their habit, reported once by punctuation.half-width.
    private static readonly SeedFinding[] Addressee =
    [
        new("001_9ce87f5440d1c5bb.txt", 7, RuleIds.AddresseeColon, 841, "各镇人民政府,市政府各部门、单位,滨海新区、经济开发区、城区街道办事处,各市属国有企业:"),
        new("001_9ce87f5440d1c5bb.txt", 9, RuleIds.AddresseeColon, 1634, "各镇人民政府,市政府各部门、单位,滨海新区、经济开发区、城区街道办事处,各市属国有企业:"),
        new("001_9ce87f5440d1c5bb.txt", 16, RuleIds.AddresseeColon, 2407, "各镇人民政府,市政府各部门、单位,滨海新区、经济开发区、城区街道办事处,各市属国有企业;"),
        new("002_bc7c144ecaea1a61.txt", 7, RuleIds.AddresseeColon, 1486, "各县(市、区)人民政府,市直有关单位:"),
        new("002_bc7c144ecaea1a61.txt", 13, RuleIds.AddresseeColon, 2944, "各县(市、区)人民政府,市直有关单位:"),
    ];
}
