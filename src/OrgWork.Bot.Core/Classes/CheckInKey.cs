using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Classes;

/// <summary>
/// The key check-in codes are signed with: <c>CheckIn:SigningKey</c> when set, else the random key the database holds
/// (made at start-up). Read once and kept, so a turn never waits for it after the first.
/// </summary>
public sealed class CheckInKey(IOptions<CheckInOptions> options, IDbContextFactory<OrgWorkDbContext> contextFactory) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } known)
        {
            return known;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SigningKey is { Length: > 0 } configured)
        {
            return SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.ServiceSecrets.Where(s => s.Name == ServiceSecrets.CheckInSigning).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The check-in signing key is missing: the database was not initialised.");
        return Convert.FromBase64String(stored);
    }
}
