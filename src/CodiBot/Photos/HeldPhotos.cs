using CodiBot.Conversations;
using CodiBot.Dialogs;
using CodiBot.Dialogs.Engine;
using CodiBot.Reports;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CodiBot.Photos;

/// <summary>Photos sent before a report was started wait a while for it, instead of being lost or refused.</summary>
public sealed class HeldPhotos(IOptions<DialogOptions> options)
{
    public StoreChange Hold(string userId, PhotoAnswer photo, long now) => new("held photo", (db, _) =>
    {
        db.HeldPhotos.Add(new HeldPhoto
        {
            UserId = userId, Key = photo.Key, ContentType = photo.ContentType, Size = photo.Size, MessageId = photo.MessageId,
            ExpiresAt = now + (long)options.Value.HeldPhotoLifetime.TotalMilliseconds,
        });
        return Task.CompletedTask;
    });

    public async Task<IReadOnlyList<PhotoAnswer>> TakeAsync(CodiBotDb db, string userId, long now, CancellationToken ct) =>
        (await db.HeldPhotos.AsNoTracking().Where(h => h.UserId == userId && h.ExpiresAt > now).OrderBy(h => h.Id).Take(5).ToListAsync(ct))
            .Select(h => new PhotoAnswer(h.Key, h.ContentType, h.Size, h.MessageId)).ToList();

    public StoreChange Release(string userId) => new("release held photos", async (db, ct) =>
        await db.HeldPhotos.Where(h => h.UserId == userId).ExecuteDeleteAsync(ct));

    public static BotMessage Kept(Lang lang, TimeSpan lifetime) => new(lang == Lang.En
        ? $"Photo received 📷 I'll keep it for your next report for {lifetime.TotalHours:0} hours. Start a report now?"
        : $"ได้รับรูปแล้วค่ะ 📷 จะเก็บไว้แนบกับรายงานถัดไปภายใน {lifetime.TotalHours:0} ชั่วโมง เริ่มรายงานเลยไหมคะ",
        lang == Lang.En
            ? [new("COVID report", "covid report"), new("Project update", "project update")]
            : [new("รายงานโควิด", "รายงานโควิด"), new("รายงานโครงการ", "รายงานโครงการ")]);
}
