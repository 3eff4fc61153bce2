using System.Diagnostics;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.TotalsBench;

public sealed record Timing(string Name, double P50, double P95, double Max, string Answer);

/// <summary>Times a query as the bot runs it: a fresh context per run on the pooled connection, default SQLite settings.</summary>
public sealed class Timings(string file, int runs, int warmups = 3)
{
    public List<Timing> Results { get; } = [];

    CodiBotDb Db() => new(new DbContextOptionsBuilder<CodiBotDb>().UseSqlite($"Data Source={file}").Options);

    /// <param name="query">Runs the query and describes its answer (printed once, to check the figures make sense).</param>
    public async Task MeasureAsync(string name, Func<CodiBotDb, Task<string>> query)
    {
        var answer = "";
        var ms = new List<double>();
        for (var i = 0; i < warmups + runs; i++)
        {
            await using var db = Db();
            var started = Stopwatch.GetTimestamp();
            answer = await query(db);
            if (i >= warmups) ms.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        ms.Sort();
        var timing = new Timing(name, Rank(ms, 0.50), Rank(ms, 0.95), ms[^1], answer);
        Results.Add(timing);
        Console.Error.WriteLine($"  {name}: p95 {timing.P95:0.00} ms");
    }

    static double Rank(List<double> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public string Table()
    {
        var width = Math.Max(5, Results.Max(r => r.Name.Length));
        var lines = new List<string>
        {
            $"{"query".PadRight(width)}  {"p50 ms",8}  {"p95 ms",8}  {"max ms",8}  answer",
            new string('-', width + 40),
        };
        lines.AddRange(Results.Select(r => $"{r.Name.PadRight(width)}  {r.P50,8:0.00}  {r.P95,8:0.00}  {r.Max,8:0.00}  {r.Answer}"));
        return string.Join("\n", lines);
    }
}
