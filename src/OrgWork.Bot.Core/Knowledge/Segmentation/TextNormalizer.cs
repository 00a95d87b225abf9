using System.Text;

namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>Makes the same word look the same wherever it was typed: full-width forms, letter case.</summary>
public static class TextNormalizer
{
    /// <summary>NFKC (full-width letters and digits become ASCII) and lower case.</summary>
    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>True for a CJK ideograph (the characters that form character bigrams).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>True when a token carries meaning: it holds a letter, a digit or an ideograph.</summary>
    public static bool IsContentToken(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
