using JiebaNet.Segmenter;

namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>
/// Points jieba.NET at the dictionary files the build copies to <c>bin/jieba/</c>. jieba.NET looks for them under a
/// process-wide setting that is read once, when its dictionary is first loaded, so this must run before that.
/// </summary>
internal static class JiebaDataFiles
{
    public const string DictionaryFile = "dict.txt";
    private const string FolderName = "jieba";

    /// <summary>Checks the files are there and returns their folder.</summary>
    public static string Configure()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, FolderName);
        if (!File.Exists(Path.Combine(folder, DictionaryFile)))
        {
            throw new FileNotFoundException(
                $"jieba.NET's dictionary was not found in {folder}; it is copied there by building a project that references OrgWork.Bot.Core.");
        }

        // Idempotent: every caller sets the same value.
        ConfigManager.ConfigFileBaseDir = folder;
        return folder;
    }
}
