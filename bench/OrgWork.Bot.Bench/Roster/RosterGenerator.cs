using System.Globalization;
using System.Text;
using MiniExcelLibs;
using OrgWork.Bot.Core.Publishing.Importing;

namespace OrgWork.Bot.Bench.Roster;

/// <summary>
/// A generated county roster: members spread over branches of 50 under 党委 of 20 branches each, with made-up names
/// and 手机号 from 139 00000000 upwards, written as an .xlsx workbook (手机号 as number cells, as Excel keeps them) or a
/// GBK CSV (as Excel saves one on Chinese Windows). <c>variant</c> 1 changes every tenth member's 职务 and leaves out
/// every hundredth member, for a re-import with changes.
/// </summary>
internal static class RosterGenerator
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂华建国志红玉兰文斌海燕鹏辉婷雪梅春林小云飞波宁亮";
    private static readonly string[] Categories = ["正式党员", "正式党员", "正式党员", "正式党员", "预备党员", "入党积极分子", "群众"];
    private static readonly string[] Header = ["姓名", "手机号", "所属支部", "上级党组织", "人员类别", "职务", "角色"];

    public static IEnumerable<object?[]> Rows(int members, int variant)
    {
        for (var i = 0; i < members; i++)
        {
            if (variant == 1 && i % 100 == 99)
            {
                continue;
            }

            var branch = i / 50;
            var position = i % 50 == 0 ? "支部书记" : i % 50 == 1 ? "组织委员" : variant == 1 && i % 10 == 5 ? "宣传委员" : null;
            var role = i % 50 == 0 ? "管理员" : i % 50 == 1 ? "讲师" : "党员";
            yield return
            [
                Name(i),
                13900000000L + i,
                string.Create(CultureInfo.InvariantCulture, $"第{branch + 1}党支部"),
                string.Create(CultureInfo.InvariantCulture, $"第{(branch / 20) + 1}镇党委"),
                Categories[i % Categories.Length],
                position,
                role,
            ];
        }
    }

    public static void WriteXlsx(string path, int members, int variant)
    {
        var rows = Rows(members, variant).Select(r =>
        {
            var row = new Dictionary<string, object?>(Header.Length);
            for (var c = 0; c < Header.Length; c++)
            {
                row[Header[c]] = r[c];
            }

            return row;
        });
        using var stream = File.Create(path);
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
    }

    public static void WriteGbkCsv(string path, int members, int variant)
    {
        using var writer = new StreamWriter(path, append: false, ImportText.ChineseWindows);
        writer.Write(string.Join(',', Header) + "\r\n");
        foreach (var row in Rows(members, variant))
        {
            writer.Write(string.Join(',', row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))) + "\r\n");
        }
    }

    private static string Name(int i)
    {
        var name = new StringBuilder().Append(Surnames[i % Surnames.Length]).Append(Given[(i / Surnames.Length) % Given.Length]);
        if (i % 3 != 0)
        {
            name.Append(Given[(i / 7) % Given.Length]);
        }

        return name.ToString();
    }
}
