namespace OrgWork.Bot.Core.Certificates;

/// <summary>The address people reach the web at (<c>Web:PublicUrl</c>), printed on certificates as their verify address.</summary>
public sealed class PublicWebOptions
{
    public const string SectionName = "Web";

    /// <summary>E.g. <c>https://xuexi.example.gov.cn</c>; empty uses the first <c>Http:Urls</c> address.</summary>
    public string PublicUrl { get; set; } = "";
}
