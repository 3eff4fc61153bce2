using System.Data.Common;
using CodiBot.Reports;
using CodiBot.Storage;

namespace CodiBot.TotalsBench;

/// <summary>
/// Prepared inserts and updates of reports, measures and versions. Through EF change tracking 100,000 reports took
/// three minutes and slowed as the file grew; only the totals (written by the bot's own ledger) are under test here.
/// </summary>
public sealed class ReportWriter : IAsyncDisposable
{
    readonly DbCommand _report, _measure, _version, _update, _removeMeasures;

    public ReportWriter(DbConnection connection)
    {
        _report = Command(connection, """
            INSERT INTO reports ("Id","Code","ReporterUserId","ReporterName","OrganisationId","OrganisationName","Province","Region","DialogId",
              "DialogVersion","AnswersJson","Date","Status","Version","SourceEventIdsJson","CreatedAt","ConfirmedAt","UpdatedAt")
            VALUES (@id,@code,@reporter,@reporterName,@org,@orgName,@province,@region,@dialog,1,@answers,@date,'Active',1,'[]',@created,@confirmed,@confirmed)
            """, "@id", "@code", "@reporter", "@reporterName", "@org", "@orgName", "@province", "@region", "@dialog", "@answers", "@date", "@created", "@confirmed");
        _measure = Command(connection, """
            INSERT INTO measures ("ReportId","Category","Unit","Quantity","Approximate","Item","Date","Province","Region","OrganisationId")
            VALUES (@report,@category,@unit,@quantity,@approximate,@item,@date,@province,@region,@org)
            """, "@report", "@category", "@unit", "@quantity", "@approximate", "@item", "@date", "@province", "@region", "@org");
        _version = Command(connection, """
            INSERT INTO report_versions ("ReportId","Version","Change","AnswersJson","ChangedBy","ChangedAt") VALUES (@report,@version,@change,@answers,@by,@at)
            """, "@report", "@version", "@change", "@answers", "@by", "@at");
        _update = Command(connection, """
            UPDATE reports SET "Date" = @date, "AnswersJson" = @answers, "Status" = @status, "Version" = @version, "UpdatedAt" = @at WHERE "Id" = @id
            """, "@date", "@answers", "@status", "@version", "@at", "@id");
        _removeMeasures = Command(connection, """DELETE FROM measures WHERE "ReportId" = @report""", "@report");
    }

    public void Use(DbTransaction tx)
    {
        foreach (var cmd in new[] { _report, _measure, _version, _update, _removeMeasures }) cmd.Transaction = tx;
    }

    public async Task InsertAsync(Report r)
    {
        await RunAsync(_report, r.Id, r.Code, r.ReporterUserId, r.ReporterName, r.OrganisationId, r.OrganisationName, r.Province, r.Region,
            r.DialogId, r.AnswersJson, r.Date, r.CreatedAt, r.ConfirmedAt);
        await MeasuresAsync(r);
        await VersionAsync(r, "created");
    }

    /// <summary>Stores a correction or withdrawal made to <paramref name="r"/> in memory.</summary>
    public async Task UpdateAsync(Report r)
    {
        await RunAsync(_update, r.Date, r.AnswersJson, r.Status.ToString(), r.Version, r.UpdatedAt, r.Id);
        await RunAsync(_removeMeasures, r.Id);
        await MeasuresAsync(r);
        await VersionAsync(r, r.Status == ReportStatus.Withdrawn ? "withdrawn" : "corrected");
    }

    async Task MeasuresAsync(Report r)
    {
        if (r.Status == ReportStatus.Withdrawn) return;
        foreach (var m in r.Measures)
            await RunAsync(_measure, r.Id, m.Category, m.Unit, m.Quantity, m.Approximate, m.Item, m.Date, m.Province, m.Region, m.OrganisationId);
    }

    Task VersionAsync(Report r, string change) => RunAsync(_version, r.Id, r.Version, change, r.AnswersJson, r.ReporterUserId, r.UpdatedAt);

    static DbCommand Command(DbConnection connection, string sql, params string[] names)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var name in names) cmd.AddParameter(name);
        return cmd;
    }

    static Task<int> RunAsync(DbCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var cmd in new[] { _report, _measure, _version, _update, _removeMeasures }) await cmd.DisposeAsync();
    }
}
