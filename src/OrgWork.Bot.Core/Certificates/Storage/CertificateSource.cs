namespace OrgWork.Bot.Core.Certificates.Storage;

/// <summary>What a certificate was earned for.</summary>
public enum CertificateSource
{
    /// <summary>Passing an exam whose front matter says <c>certificate: true</c>.</summary>
    Exam = 1,

    /// <summary>Finishing a training class (培训班).</summary>
    Class = 2,
}
