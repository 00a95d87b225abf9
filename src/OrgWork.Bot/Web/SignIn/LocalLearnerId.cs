using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>
/// The learner id of a local (try-out) sign-in: negative, so it can never be a Telegram user id (those are
/// positive), and derived from the display name, so the same name comes back to the same learner and progress.
/// </summary>
public static class LocalLearnerId
{
    public static long For(string displayName)
    {
        var name = displayName.Trim().Normalize(NormalizationForm.FormKC);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("orgwork-local-user:" + name));

        // 48 bits: far from collisions among a handful of try-out names, and well inside long's range.
        var value = (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) >> 16);
        return -(value + 1);
    }
}
