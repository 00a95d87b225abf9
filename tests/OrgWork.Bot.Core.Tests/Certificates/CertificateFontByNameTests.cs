using OrgWork.Bot.Core.Certificates.Rendering;

namespace OrgWork.Bot.Core.Tests.Certificates;

/// <summary>The start-up font check's look by name, which must not need the drawing library.</summary>
public sealed class CertificateFontByNameTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("orgwork-fonts-");

    [Fact]
    public void AConfiguredFontFileThatExistsIsTakenByItsName()
    {
        var file = Touch("configured.ttf");

        Assert.Equal(file, CertificateFonts.ByName(file, [Touch("known.ttf")]));
    }

    [Fact]
    public void AConfiguredFontThatIsMissingOrNotTrueTypeLeavesTheAnswerToTheGlyphSearch()
    {
        Assert.Null(CertificateFonts.ByName(Path.Combine(_folder.FullName, "missing.ttf"), [Touch("known.ttf")]));
        Assert.Null(CertificateFonts.ByName(Touch("collection.ttc"), [Touch("known.ttf")]));
    }

    [Fact]
    public void WithoutAConfiguredFontTheFirstKnownFileInstalledIsTaken()
    {
        var missing = Path.Combine(_folder.FullName, "not-installed.ttf");
        var installed = Touch("installed.ttf");

        Assert.Equal(installed, CertificateFonts.ByName("", [missing, installed, Touch("later.ttf")]));
        Assert.Null(CertificateFonts.ByName(" ", [missing]));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Touch(string name)
    {
        var file = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(file, [0]);
        return file;
    }
}
