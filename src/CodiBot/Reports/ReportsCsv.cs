using System.Globalization;
using System.Text;

namespace CodiBot.Reports;

/// <summary>
/// Reports as CSV for spreadsheets: one row per measure (a report without measures still gets a row), RFC 4180
/// quoting, CRLF, UTF-8 with a byte-order mark so Excel reads Thai correctly.
/// </summary>
public static class ReportsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Columns =
        ["report_id", "code", "date", "dialog", "status", "organisation", "province", "region",
         "category", "quantity", "unit", "approximate", "item", "photos", "confirmed_at"];

    public static byte[] Write(IEnumerable<Report> reports)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        foreach (var r in reports)
        {
            IEnumerable<Measure?> measures = r.Measures.Count == 0 ? new Measure?[] { null } : r.Measures;
            foreach (var m in measures)
            {
                csv.AppendJoin(',', (string[])
                [
                    r.Id.ToString(CultureInfo.InvariantCulture), Cell(r.Code), Cell(r.Date), Cell(r.DialogId),
                    ReportView.StatusName(r.Status), Cell(r.OrganisationName), Cell(r.Province), Cell(r.Region),
                    Cell(m?.Category), m is { IsCounted: true } ? m.Quantity.ToString(CultureInfo.InvariantCulture) : "", Cell(m?.Unit),
                    m is null ? "" : m.Approximate ? "true" : "false", Cell(m?.Item),
                    r.Photos.Count.ToString(CultureInfo.InvariantCulture), ReportView.Instant(r.ConfirmedAt),
                ]).Append("\r\n");
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// A text cell. Text a leader typed that starts like a formula (= + - @) gets a leading apostrophe, so a
    /// spreadsheet shows it instead of running it.
    /// </summary>
    static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
