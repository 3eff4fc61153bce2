using CodiBot.Inbox;
using CodiBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Storage;

/// <summary>
/// The service's database. Times are stored as Unix milliseconds (long) so queries order and compare
/// the same way on SQLite and PostgreSQL.
/// </summary>
public sealed class CodiBotDb(DbContextOptions<CodiBotDb> options) : DbContext(options)
{
    public DbSet<InboxEvent> InboxEvents => Set<InboxEvent>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<InboxEvent>(e =>
        {
            e.ToTable("inbox_events");
            e.HasKey(x => x.Seq);
            e.Property(x => x.WebhookEventId).HasMaxLength(100);
            e.HasIndex(x => x.WebhookEventId).IsUnique();
            e.Property(x => x.ConversationKey).HasMaxLength(200);
            e.Property(x => x.Type).HasMaxLength(50);
            e.Property(x => x.Mode).HasMaxLength(20);
            e.HasIndex(x => new { x.Status, x.Seq });
        });
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(x => x.Id);
            e.Property(x => x.ChatId).HasMaxLength(100);
            e.Property(x => x.ReplyToken).HasMaxLength(100);
            e.Property(x => x.SourceEventId).HasMaxLength(100);
            e.HasIndex(x => new { x.Status, x.Id });
        });
    }
}
