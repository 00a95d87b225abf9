using System.Globalization;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>A name shown in public partly hidden: 张*明, 李*, 欧**明 — enough to recognise, too little to find the person.</summary>
public static class NameMask
{
    public static string Mask(string name)
    {
        var letters = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(name.Trim());
        while (enumerator.MoveNext())
        {
            letters.Add(enumerator.GetTextElement());
        }

        return letters.Count switch
        {
            0 => "*",
            1 => "*",
            2 => letters[0] + "*",
            _ => letters[0] + new string('*', letters.Count - 2) + letters[^1],
        };
    }
}
