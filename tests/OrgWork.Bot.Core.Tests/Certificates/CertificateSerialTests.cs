using OrgWork.Bot.Core.Certificates;

namespace OrgWork.Bot.Core.Tests.Certificates;

public sealed class CertificateSerialTests
{
    [Fact]
    public void ASerialIsThirteenPrintableCharactersAndReadsBackAsItself()
    {
        var serials = Enumerable.Range(0, 200).Select(_ => CertificateSerial.Create()).ToList();

        Assert.All(serials, s => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{13}$", s));
        Assert.All(serials, s => Assert.Equal(s, CertificateSerial.Normalize(s)));
        Assert.Equal(serials.Count, serials.Distinct().Count());
    }

    [Fact]
    public void ASerialTypedInLowercaseWithHyphensAndLookAlikesIsAccepted()
    {
        var serial = CertificateSerial.Create();
        var typed = CertificateSerial.Display(serial).ToLowerInvariant().Replace('0', 'o').Replace('1', 'l');

        Assert.Equal(serial, CertificateSerial.Normalize(typed));
    }

    [Fact]
    public void AMistypedCharacterFailsTheCheck()
    {
        var serial = CertificateSerial.Create();
        var wrong = (serial[3] == '7' ? '8' : '7') + "";
        var mistyped = serial[..3] + wrong + serial[4..];

        Assert.Null(CertificateSerial.Normalize(mistyped));
        Assert.Null(CertificateSerial.Normalize(serial[..12]));
        Assert.Null(CertificateSerial.Normalize("../../etc/passwd"));
    }

    [Theory]
    [InlineData("张三明", "张*明")]
    [InlineData("李四", "李*")]
    [InlineData("欧阳小明", "欧**明")]
    [InlineData("王", "*")]
    public void ANameIsShownPartlyHidden(string name, string masked) => Assert.Equal(masked, NameMask.Mask(name));
}
