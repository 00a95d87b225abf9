using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary>A chat's recent policy questions and answers, stored per chat and bounded.</summary>
public sealed class PolicyConversation(IOptions<KnowledgeOptions> options)
{
    public static string ChatKeyOf(ChatInput input) => $"{input.Channel}:{input.ChatId}";

    public async Task<IReadOnlyList<ConversationTurn>> RecentAsync(OrgWorkDbContext db, string chatKey, CancellationToken cancellationToken)
    {
        var turns = await db.Set<PolicyChatTurn>().Where(t => t.ChatKey == chatKey)
            .OrderByDescending(t => t.Id).Take(options.Value.HistoryTurns).ToListAsync(cancellationToken);
        turns.Reverse();
        return [.. turns.Select(t => new ConversationTurn(t.Question, t.SearchedQuestion, t.Answer))];
    }

    /// <summary>Records the turn (saved at once, so its id can go into the source buttons) and drops turns past the limit.</summary>
    public async Task<PolicyChatTurn> AddAsync(
        OrgWorkDbContext db, string chatKey, string question, PolicyAnswer answer, DateTime utcNow, CancellationToken cancellationToken)
    {
        var turn = new PolicyChatTurn
        {
            ChatKey = chatKey,
            Question = question,
            SearchedQuestion = answer.SearchedQuestion,
            Answer = answer.Text,
            SourcesJson = JsonSerializer.Serialize(answer.Sources),
            CreatedAt = utcNow,
        };
        db.Add(turn);
        await db.SaveChangesAsync(cancellationToken);

        var keep = await db.Set<PolicyChatTurn>().Where(t => t.ChatKey == chatKey)
            .OrderByDescending(t => t.Id).Skip(options.Value.MaxTurns).Select(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        if (keep > 0)
        {
            await db.Set<PolicyChatTurn>().Where(t => t.ChatKey == chatKey && t.Id <= keep).ExecuteDeleteAsync(cancellationToken);
        }

        return turn;
    }

    public Task ClearAsync(OrgWorkDbContext db, string chatKey, CancellationToken cancellationToken) =>
        db.Set<PolicyChatTurn>().Where(t => t.ChatKey == chatKey).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The source [n] of a turn of this chat; null for another chat's turn, a deleted turn or a wrong number.</summary>
    public async Task<PolicySource?> SourceAsync(OrgWorkDbContext db, string chatKey, long turnId, int number, CancellationToken cancellationToken)
    {
        var json = await db.Set<PolicyChatTurn>().Where(t => t.Id == turnId && t.ChatKey == chatKey)
            .Select(t => t.SourcesJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<List<PolicySource>>(json)?.FirstOrDefault(s => s.Number == number);
    }
}
