using OrgWork.Bot.Core.Certificates.Storage;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>What a certificate is for: the exam or class (<paramref name="Source"/>, its slug <paramref name="Key"/>), its title and 学时.</summary>
public sealed record CertificateGrant(CertificateSource Source, string Key, string Title, double Hours);
