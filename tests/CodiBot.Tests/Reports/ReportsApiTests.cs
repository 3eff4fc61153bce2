using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CodiBot.Reports;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Reports;

public sealed class ReportsApiTests(ReportsApiBot seeded) : IClassFixture<ReportsApiBot>
{
    readonly TestBot _bot = seeded.Bot;

    // ---- authentication ----

    [Fact]
    public async Task Requests_without_a_key_or_with_a_wrong_one_are_refused_without_detail()
    {
        foreach (var key in new[] { null, "", "wrong-key", ReportsApiBot.Key.ToUpperInvariant(), ReportsApiBot.Key + "x", ReportsApiBot.Key[..^1] })
        {
            using var response = await GetAsync("/api/reports", key);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
        using var photo = await GetAsync($"/api/reports/{seeded["lampam"]}/photos/1", key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, photo.StatusCode);
    }

    [Fact]
    public async Task Every_configured_key_is_accepted()
    {
        foreach (var key in new[] { ReportsApiBot.Key, ReportsApiBot.SecondKey })
        {
            using var response = await GetAsync("/api/reports", key);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task With_no_keys_configured_everything_is_refused_and_a_warning_is_logged_once()
    {
        var logs = new CapturedLogs();
        await using var bot = await TestBot.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(logs));
        foreach (var key in new[] { null, "", "anything", ReportsApiBot.Key })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports");
            if (key is not null) request.Headers.TryAddWithoutValidation(ApiKeyFilter.Header, key);
            using var response = await bot.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        Assert.Single(logs.Warnings, w => w.Contains("Api:Keys"));
    }

    // ---- JSON ----

    [Fact]
    public async Task A_report_shows_its_organisation_answers_measures_and_photos_but_not_the_LINE_user_id()
    {
        var (body, json) = await JsonAsync("/api/reports?province=พัทลุง");
        var id = seeded["lampam"];
        var r = json["reports"]!.AsArray().Single(x => (long)x!["id"]! == id)!;

        Assert.Equal("K7P2QA", (string)r["code"]!);
        Assert.Equal("2020-03-27", (string)r["date"]!);
        Assert.Equal("covid-response", (string)r["dialog"]!);
        Assert.Equal(1, (int)r["dialogVersion"]!);
        Assert.Equal(1, (int)r["version"]!);
        Assert.Equal("active", (string)r["status"]!);
        Assert.Equal(11, (long)r["organisation"]!["id"]!);
        Assert.Equal("สภาองค์กรชุมชนตำบลลำปำ", (string)r["organisation"]!["name"]!);
        Assert.Equal("พัทลุง", (string)r["province"]!);
        Assert.Equal("south", (string)r["region"]!);
        Assert.Equal("สมศรี ใจดี", (string)r["reporter"]!);
        Assert.Equal("mask_production", (string)r["answers"]!["category"]!);
        Assert.Equal(2000, (double)r["answers"]!["quantity"]!["value"]!);
        Assert.Equal("2020-03-27T03:13:00.000Z", (string)r["createdAt"]!);
        Assert.Equal("2020-03-27T03:15:00.000Z", (string)r["confirmedAt"]!);

        var measures = r["measures"]!.AsArray();
        Assert.Equal(2, measures.Count);
        Assert.Equal(("mask_production", 2000d, "ชิ้น", false, "หน้ากากผ้า"),
            ((string)measures[0]!["category"]!, (double)measures[0]!["quantity"]!, (string)measures[0]!["unit"]!, (bool)measures[0]!["approximate"]!, (string?)measures[0]!["item"]));
        Assert.Equal(("people_reached", 150d, "คน", true, (string?)null),
            ((string)measures[1]!["category"]!, (double)measures[1]!["quantity"]!, (string)measures[1]!["unit"]!, (bool)measures[1]!["approximate"]!, (string?)measures[1]!["item"]));

        var photos = r["photos"]!.AsArray();
        Assert.Equal(2, photos.Count);
        Assert.Equal((1, $"/api/reports/{id}/photos/1", "image/jpeg", (long)seeded.Jpeg.Length),
            ((int)photos[0]!["n"]!, (string)photos[0]!["url"]!, (string)photos[0]!["contentType"]!, (long)photos[0]!["size"]!));
        Assert.Equal((2, $"/api/reports/{id}/photos/2", "image/png"), ((int)photos[1]!["n"]!, (string)photos[1]!["url"]!, (string)photos[1]!["contentType"]!));

        Assert.DoesNotContain(ReportsApiBot.LampamUserId, body);
        Assert.DoesNotContain("userid", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("สภาองค์กรชุมชนตำบลลำปำ", body); // readable Thai, not \u escapes
    }

    // ---- filters ----

    [Theory]
    [InlineData("", "lampam khuan_khanun food_nan mankong")]
    [InlineData("status=active", "lampam khuan_khanun food_nan mankong")]
    [InlineData("status=withdrawn", "withdrawn_nan")]
    [InlineData("status=all", "lampam khuan_khanun food_nan withdrawn_nan mankong")]
    [InlineData("from=2020-03-28", "khuan_khanun food_nan mankong")]
    [InlineData("to=2020-03-28", "lampam khuan_khanun")]
    [InlineData("from=2020-03-28&to=2020-03-29", "khuan_khanun food_nan")]
    [InlineData("from=2020-03-29&to=2020-03-29", "food_nan")]
    [InlineData("from=2020-03-30&to=2020-03-31&status=all", "withdrawn_nan")]
    [InlineData("region=south", "lampam khuan_khanun")]
    [InlineData("region=NORTH&status=all", "food_nan withdrawn_nan")]
    [InlineData("region=bangkok_east", "mankong")]
    [InlineData("region=central_west", "")]
    [InlineData("region=ภาคใต้", "lampam khuan_khanun")]
    [InlineData("region=อีสาน", "")]
    [InlineData("province=น่าน", "food_nan")]
    [InlineData("province=น่าน&status=all", "food_nan withdrawn_nan")]
    [InlineData("province=จ.พัทลุง", "lampam khuan_khanun")]
    [InlineData("province=จังหวัดพัทลุง", "lampam khuan_khanun")]
    [InlineData("province=phatthalung", "lampam khuan_khanun")]
    [InlineData("province=ตาก", "")]
    [InlineData("category=mask_production", "lampam")]
    [InlineData("category=mask_production&status=all", "lampam withdrawn_nan")]
    [InlineData("category=people_reached", "lampam food_nan")]
    [InlineData("category=gel", "")]
    [InlineData("organisation=21", "food_nan")]
    [InlineData("organisation=21&status=all", "food_nan withdrawn_nan")]
    [InlineData("organisation=ควนขนุน", "khuan_khanun")]
    [InlineData("organisation=สภาองค์กรชุมชน", "lampam")]
    [InlineData("organisation=BAAN mankong", "mankong")]
    [InlineData("organisation=99", "")]
    [InlineData("region=south&category=mask_distribution", "khuan_khanun")]
    [InlineData("region=&province=", "lampam khuan_khanun food_nan mankong")]
    public async Task Filters_select_exactly_the_matching_reports(string query, string expected)
    {
        var (_, json) = await JsonAsync("/api/reports?" + Encode(query));
        Assert.Equal(Names(expected), Ids(json));
        Assert.Null(json["next"]);
    }

    [Theory]
    [InlineData("from=2020-13-01", "from")]
    [InlineData("from=27/03/2563", "from")]
    [InlineData("to=2020-02-30", "to")]
    [InlineData("from=2020-03-30&to=2020-03-27", "to")]
    [InlineData("region=mars", "region")]
    [InlineData("status=deleted", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("after=-1", "after")]
    [InlineData("province=น่าน&province=แพร่", "province")]
    [InlineData("format=xlsx", "format")]
    public async Task A_bad_filter_value_is_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        using var response = await GetAsync("/api/reports?" + Encode(query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal([parameter], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains($"'{parameter}'", (string)problem["detail"]!);
    }

    // ---- paging ----

    [Fact]
    public async Task Pages_follow_the_next_cursor_until_it_is_null()
    {
        var (_, first) = await JsonAsync("/api/reports?status=all&limit=2");
        Assert.Equal(Names("lampam khuan_khanun"), Ids(first));
        Assert.Equal(seeded["khuan_khanun"], (long)first["next"]!);

        var (_, second) = await JsonAsync($"/api/reports?status=all&limit=2&after={first["next"]}");
        Assert.Equal(Names("food_nan withdrawn_nan"), Ids(second));
        Assert.Equal(seeded["withdrawn_nan"], (long)second["next"]!);

        var (_, last) = await JsonAsync($"/api/reports?status=all&limit=2&after={second["next"]}");
        Assert.Equal(Names("mankong"), Ids(last));
        Assert.Null(last["next"]);
    }

    [Fact]
    public async Task A_page_that_ends_exactly_at_the_last_report_has_no_next()
    {
        var (_, json) = await JsonAsync($"/api/reports?limit=2&after={seeded["khuan_khanun"]}");
        Assert.Equal(Names("food_nan mankong"), Ids(json));
        Assert.Null(json["next"]);
    }

    [Fact]
    public async Task The_next_page_link_keeps_the_filters()
    {
        using var response = await GetAsync("/api/reports?" + Encode("province=พัทลุง&limit=1"));
        var link = Assert.Single(response.Headers.GetValues("Link"));
        var url = link[1..link.IndexOf('>')];
        var (_, next) = await JsonAsync(url);
        Assert.Equal(Names("khuan_khanun"), Ids(next));
        Assert.Contains($"after={seeded["lampam"]}", url);
    }

    // ---- CSV ----

    [Fact]
    public async Task Csv_has_a_bom_a_header_and_one_row_per_measure()
    {
        using var response = await GetAsync("/api/reports?format=csv&status=all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("report_id,code,date,dialog,status,organisation,province,region,category,quantity,unit,approximate,item,photos,confirmed_at\r\n", text);

        var rows = ParseCsv(text);
        Assert.Equal(ReportsCsv.Columns, rows[0]);
        var data = rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        // 2 + 1 + 2 + 1 measures, and one row for the report without measures.
        Assert.Equal(7, data.Count);
        Assert.Equal(Names("lampam lampam khuan_khanun food_nan food_nan withdrawn_nan mankong"), data.Select(d => long.Parse(d["report_id"])));

        var lampam = data.Where(d => d["report_id"] == seeded["lampam"].ToString()).ToList();
        Assert.Equal(["K7P2QA", "2020-03-27", "covid-response", "active", "สภาองค์กรชุมชนตำบลลำปำ", "พัทลุง", "south", "mask_production", "2000", "ชิ้น", "false", "หน้ากากผ้า", "2", "2020-03-27T03:15:00.000Z"],
            ReportsCsv.Columns.Skip(1).Select(c => lampam[0][c]));
        Assert.Equal(["people_reached", "150", "คน", "true", ""], new[] { "category", "quantity", "unit", "approximate", "item" }.Select(c => lampam[1][c]));

        var mankong = Assert.Single(data, d => d["report_id"] == seeded["mankong"].ToString());
        Assert.Equal(["", "", "", "", "", "0"], new[] { "category", "quantity", "unit", "approximate", "item", "photos" }.Select(c => mankong[c]));
        Assert.Equal("Baan Mankong Cooperative ชุมชนบางบัว", mankong["organisation"]);

        // RFC 4180: the name with a comma and quotes is quoted, its quotes doubled.
        Assert.Contains(",\"กลุ่มแม่บ้าน \"\"บ้านควนขนุน\"\", หมู่ 5\",พัทลุง,", text);
        Assert.Equal(ReportsApiBot.KhuanKhanunName, Assert.Single(data, d => d["code"] == "M3NX8R")["organisation"]);
        // Typed text that looks like a formula is shown, not run.
        Assert.Equal("'" + ReportsApiBot.FormulaItem, Assert.Single(data, d => d["code"] == "W2HJ7K")["item"]);
        Assert.Equal("withdrawn", Assert.Single(data, d => d["code"] == "W2HJ7K")["status"]);
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain(ReportsApiBot.LampamUserId, text);
    }

    [Fact]
    public async Task Csv_is_chosen_by_the_accept_header_and_honours_the_filters()
    {
        using var csv = await GetAsync("/api/reports?" + Encode("province=น่าน"), accept: "text/csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = ParseCsv(Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        Assert.Equal(["food_relief", "people_reached"], rows.Skip(1).Select(r => r[8]));
        Assert.All(rows.Skip(1), r => Assert.Equal(seeded["food_nan"].ToString(), r[0]));

        using var json = await GetAsync("/api/reports", accept: "application/json, text/csv;q=0.5");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        using var plain = await GetAsync("/api/reports");
        Assert.Equal("application/json", plain.Content.Headers.ContentType?.MediaType);
        using var forced = await GetAsync("/api/reports?format=json", accept: "text/csv");
        Assert.Equal("application/json", forced.Content.Headers.ContentType?.MediaType);
    }

    // ---- photos ----

    [Fact]
    public async Task A_photo_downloads_with_its_bytes_and_content_type()
    {
        var id = seeded["lampam"];
        using var jpeg = await GetAsync($"/api/reports/{id}/photos/1");
        Assert.Equal(HttpStatusCode.OK, jpeg.StatusCode);
        Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType?.MediaType);
        Assert.Equal(seeded.Jpeg, await jpeg.Content.ReadAsByteArrayAsync());

        using var png = await GetAsync($"/api/reports/{id}/photos/2");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(seeded.Png, await png.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("missing report", 999_999L, 1)]
    [InlineData("no such photo", -1L, 3)]
    [InlineData("report without photos", -2L, 1)]
    [InlineData("photo gone from the store", -3L, 1)]
    public async Task A_missing_report_or_photo_is_404(string why, long id, int n)
    {
        id = id switch { -1 => seeded["lampam"], -2 => seeded["khuan_khanun"], -3 => seeded["food_nan"], _ => id };
        using var response = await GetAsync($"/api/reports/{id}/photos/{n}");
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{why}: {response.StatusCode}");
    }

    // ---- helpers ----

    async Task<HttpResponseMessage> GetAsync(string url, string? key = ReportsApiBot.Key, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null) request.Headers.TryAddWithoutValidation(ApiKeyFilter.Header, key);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _bot.Http.SendAsync(request);
    }

    async Task<(string Body, JsonNode Json)> JsonAsync(string url)
    {
        using var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (body, JsonNode.Parse(body)!);
    }

    static long[] Ids(JsonNode json) => [.. json["reports"]!.AsArray().Select(r => (long)r!["id"]!)];

    long[] Names(string names) => [.. names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => seeded[n])];

    /// <summary>Percent-encodes the values of "a=b&amp;c=d" (Thai names, "จ.").</summary>
    static string Encode(string query) => string.Join('&', query.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2)).Select(p => p[0] + "=" + Uri.EscapeDataString(p.Length > 1 ? p[1] : "")));

    /// <summary>An RFC 4180 reader, independent of the writer under test.</summary>
    static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString()); cell.Clear();
                rows.Add([.. row]); row.Clear();
                i++;
            }
            else cell.Append(c);
        }
        Assert.False(quoted, "unterminated quoted cell");
        Assert.True(row.Count == 0 && cell.Length == 0, "the last row does not end with CRLF");
        return rows;
    }

    sealed class CapturedLogs : ILoggerProvider
    {
        readonly List<string> _warnings = [];
        public IReadOnlyList<string> Warnings { get { lock (_warnings) return [.. _warnings]; } }
        public ILogger CreateLogger(string categoryName) => new Logger(this);
        public void Dispose() { }

        sealed class Logger(CapturedLogs logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel == LogLevel.Warning) lock (logs._warnings) logs._warnings.Add(formatter(state, exception));
            }
        }
    }
}
