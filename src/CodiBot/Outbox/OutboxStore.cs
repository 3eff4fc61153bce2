using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CodiBot.Outbox;

/// <summary>
/// Bulk writes of outbox rows on the hot path. One prepared statement per batch is several times cheaper
/// than change tracking, and these rows are never read back in the same unit of work.
/// </summary>
public static class OutboxStore
{
    /// <summary>Inserts the messages inside the context's current transaction.</summary>
    public static async Task InsertAsync(CodiBotDb db, IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0) return;
        var connection = db.Database.GetDbConnection();
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = """
            INSERT INTO outbox_messages ("RetryKey","ChatId","ReplyToken","ReplyTokenIssuedAt","MessagesJson","SourceEventId","CreatedAt","Status","Attempts","NextAttemptAt")
            VALUES (@key,@chat,@token,@issued,@json,@source,@created,0,0,0)
            """;
        var key = cmd.AddParameter("@key"); var chat = cmd.AddParameter("@chat"); var token = cmd.AddParameter("@token"); var issued = cmd.AddParameter("@issued");
        var json = cmd.AddParameter("@json"); var source = cmd.AddParameter("@source"); var created = cmd.AddParameter("@created");
        await cmd.PrepareAsync(ct);
        foreach (var m in messages)
        {
            // Stored in the form EF uses for Guid on each provider, so EF reads it back unchanged.
            key.Value = db.Database.IsSqlite() ? m.RetryKey.ToString().ToUpperInvariant() : m.RetryKey;
            chat.Value = m.ChatId; token.Value = (object?)m.ReplyToken ?? DBNull.Value; issued.Value = m.ReplyTokenIssuedAt;
            json.Value = m.MessagesJson; source.Value = (object?)m.SourceEventId ?? DBNull.Value; created.Value = m.CreatedAt;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

}
