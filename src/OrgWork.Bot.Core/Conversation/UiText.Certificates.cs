namespace OrgWork.Bot.Core.Conversation;

/// <summary>Certificates (结业证书): the certificate's own wording, the chat list, the web pages and the command line.</summary>
public static partial class UiText
{
    public const string CertificateHeading = "结业证书";
    public const string CertificateHolder = "兹证明 {0} 同志";
    public const string CertificateCompleted = "完成《{0}》学习，共计 {1} 学时，";
    public const string CertificatePassed = "经考核合格，特发此证。";
    public const string CertificateIssuer = ProductName;
    public const string CertificateSerialLine = "证书编号：{0}";
    public const string CertificateVerifyLine = "核验网址：{0}";
    public const string CertificateDate = "{0}年{1}月{2}日";

    public const string CommandCertificates = "我的结业证书";
    public const string CertificatesTitle = "我的结业证书（{0} 张）";
    public const string CertificatesNone = "您还没有结业证书。通过设有证书的考试或完成培训班后，证书会出现在这里。";
    public const string CertificatesLine = "• 《{0}》 · {1} 学时 · {2}\n  编号 {3}";
    public const string CertificatesRevokedMark = "（已撤销）";
    public const string CertificatesHint = "点击下方按钮查看证书图片；网页版「我的证书」可下载 PDF。";
    public const string CertificatesMore = "另有 {0} 张较早的证书，请在网页版「我的证书」查看。";
    public const string CertificateButton = "🎓 {0}";
    public const string CertificateCaption = "🎓 结业证书 · 《{0}》\n编号 {1}\n核验：{2}\nPDF：{3}";
    public const string CertificateGone = "找不到这张证书，请发送 /certificates 重新查看。";
    public const string CertificateRevokedInChat = "这张证书（《{0}》，编号 {1}）已于 {2} 撤销，不再有效。";
    public const string MeCertificates = "🎓 结业证书：{0} 张（/certificates 查看）";

    public const string WebCertificatesTitle = "我的证书";
    public const string WebCertificatesNone = CertificatesNone;
    public const string WebCertificatesDownload = "下载 PDF";
    public const string WebCertificatesVerify = "核验页面";
    public const string WebCertificatesLink = "我的证书";
    public const string WebCertificateNotYours = "只能下载本人的证书。";
    public const string WebCertificateNotFound = "找不到这张证书。";
    public const string WebCertificateRevoked = "这张证书已于 {0} 撤销，不再提供下载。";
    public const string WebCertificateNoFont = "服务器没有安装中文字体，暂时无法生成 PDF 证书，请联系管理员（安装 fonts-droid-fallback）。";

    public const string VerifyTitle = "证书核验";
    public const string VerifyValid = "有效";
    public const string VerifyRevoked = "已撤销";
    public const string VerifyNotFound = "未找到";
    public const string VerifyValidNote = "这是一张有效的结业证书。";
    public const string VerifyRevokedNote = "这张证书已于 {0} 撤销，不再有效。";
    public const string VerifyNotFoundNote = "没有编号为 {0} 的证书，请核对证书上的编号。";
    public const string VerifyHolder = "持证人";
    public const string VerifyCompleted = "完成内容";
    public const string VerifyHours = "学时";
    public const string VerifyDate = "颁发日期";
    public const string VerifySerial = "证书编号";

    public const string CertificateRevokeDone = "已撤销证书 {0}（{1}，《{2}》）。";
    public const string CertificateRevokeUnknown = "没有编号为 {0} 的证书。";
    public const string CertificateRevokeAlready = "证书 {0} 已于 {1} 撤销，未作改动。";
    public const string CertificateRevokeNoReason = "请用 --reason 写明撤销原因。";
    public const string CertificateListHeader = "编号\t姓名\t完成内容\t学时\t颁发日期\t状态";
    public const string CertificateListValid = "有效";
    public const string CertificateListRevoked = "已撤销（{0}）";
    public const string CertificateListNone = "没有证书。";
    public const string CertificateListUnknownMember = "名册中没有手机号为 {0} 的党员。";
    public const string CertificateAuditRevoked = "证书 {0}《{1}》撤销：{2}";
}
