using System.Security.Cryptography;
using System.Text;

namespace OrgWork.Bot.Core.Content;

/// <summary>Short, stable ids derived from content keys, compact enough for 64-byte button payloads.</summary>
public static class ContentIds
{
    public static string ForCourse(string courseSlug) => Hash("course\n" + courseSlug, 8);

    public static string ForLesson(string lessonKey) => Hash("lesson\n" + lessonKey, 8);

    public static string ForExam(string examSlug) => Hash("exam\n" + examSlug, 8);

    public static string ForClass(string classSlug) => Hash("class\n" + classSlug, 8);

    public static string ForSite(string siteSlug) => Hash("site\n" + siteSlug, 8);

    /// <summary>Derived from the question's home and its own normalised text only.</summary>
    public static string ForQuestion(string sourceKey, string questionText) =>
        Hash("question\n" + sourceKey + "\n" + Normalize(questionText), 12);

    public static string ForOption(string optionText) => Hash("option\n" + Normalize(optionText), 6);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(string value, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..length];
}
