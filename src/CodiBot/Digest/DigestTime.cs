using CodiBot.Conversations;
using Cronos;

namespace CodiBot.Digest;

/// <summary>The digest's schedule (Digest:Schedule, a cron expression in Bangkok time) in words: "ทุกวันเวลา 18:00 น.".</summary>
public static class DigestTime
{
    /// <summary>A daily time reads "ทุกวันเวลา HH:mm น."; anything fancier is shown by its next run, which is always true.</summary>
    public static string Describe(string cron, Lang lang, DateTimeOffset now, TimeZoneInfo zone)
    {
        var f = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length == 5 && int.TryParse(f[0], out var minute) && int.TryParse(f[1], out var hour) && f[2..].All(x => x == "*")
            && minute is >= 0 and < 60 && hour is >= 0 and < 24)
            return lang == Lang.En ? $"every day at {hour:00}:{minute:00}" : $"ทุกวันเวลา {hour:00}:{minute:00} น.";
        try
        {
            if (CronExpression.Parse(cron).GetNextOccurrence(now, zone) is { } next)
            {
                var local = TimeZoneInfo.ConvertTime(next, zone);
                var day = DateOnly.FromDateTime(local.DateTime);
                return lang == Lang.En
                    ? $"on schedule (next: {Thai.ThaiDates.FormatEnglish(day)} at {local:HH:mm})"
                    : $"ตามกำหนดเวลา (ครั้งถัดไป {Thai.ThaiDates.Format(day)} เวลา {local:HH:mm} น.)";
            }
        }
        catch (CronFormatException) { }
        return lang == Lang.En ? "at the scheduled time" : "ตามเวลาที่ตั้งไว้";
    }
}
