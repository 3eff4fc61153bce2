using System.Text.Json.Nodes;
using CodiBot.Dialogs.Definitions;
using CodiBot.Dialogs.Loading;
using CodiBot.Hosting;
using CodiBot.Testing;
using Json.Schema;

namespace CodiBot.Tests.Dialogs;

/// <summary>
/// The report forms in dialogs/: every file loads and matches dialogs/schema.json, every kind of mistake stops the
/// loader with the file, line and problem, and the schema (what editors check as people type) is not laxer than it
/// can be: each mistake it can express, it rejects too.
/// </summary>
public sealed class DialogFileTests : IDisposable
{
    readonly List<string> _tempFolders = [];
    static readonly string Folder = CodiBot.Tests.Infrastructure.RepoFiles.PathOf("dialogs");
    static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(Folder, "schema.json")));

    /// <summary>Marks the line a broken dialog's error must name.</summary>
    const string Here = "# <-- here";

    static List<string> FileNames() => Directory.EnumerateFiles(Folder, "*.yaml").Select(f => Path.GetFileName(f)).Order().ToList();

    public static TheoryData<string> DialogFiles() => new(FileNames());

    [Theory]
    [MemberData(nameof(DialogFiles))]
    public void Every_dialog_file_matches_the_schema_and_names_it_for_editors(string file)
    {
        var path = Path.Combine(Folder, file);
        Assert.Equal("# yaml-language-server: $schema=./schema.json", File.ReadLines(path).First());
        Assert.Empty(SchemaErrors(YamlJson.Load(path)));
    }

    [Theory]
    [MemberData(nameof(DialogFiles))]
    public void Every_dialog_file_loads(string file)
    {
        var dialog = DialogLoader.Parse(File.ReadAllText(Path.Combine(Folder, file)), file);
        Assert.Equal(file, dialog.File);
        Assert.NotEmpty(dialog.Fields);
    }

    [Fact]
    public void The_folder_loads_as_the_service_loads_it()
    {
        var dialogs = DialogLoader.LoadFolder(Folder);
        Assert.Equal(FileNames().Count, dialogs.Count);
        Assert.Subset(dialogs.Select(d => d.Id).ToHashSet(), new HashSet<string> { "covid-response", "project-update", "registration" });
        Assert.Single(dialogs, d => d.Kind == DialogKind.Registration);
    }

    const string Minimal = """
        id: mini
        version: 1
        title: { th: แบบทดสอบ, en: Test form }
        fields:
          - id: activity
            type: choice
            label: กิจกรรม
            prompt: ทำกิจกรรมอะไรคะ
            choices:
              - { id: masks, label: แจกหน้ากาก, unit: ชิ้น, match: [หน้ากาก, mask] }
              - { id: food, label: { th: แจกอาหาร, en: Food }, unit: ชุด, match: [อาหาร, ข้าว+แจก] }
          - id: amount
            type: quantity
            label: จำนวน
            prompt: "จำนวนเท่าไรคะ เช่น 500 ชิ้น"
            unit_from: activity
            when: { field: activity, in: [masks, food] }
        measures:
          - { from: amount, category: "{activity}" }
        """;

    [Fact]
    public void A_minimal_dialog_passes_both_the_loader_and_the_schema()
    {
        var dialog = DialogLoader.Parse(Minimal, "mini.yaml");
        Assert.Equal("mini", dialog.Id);
        Assert.Equal(["activity", "amount"], dialog.Fields.Select(f => f.Id));
        Assert.Equal(["leader", "staff", "admin"], dialog.Roles);
        Assert.Equal(DialogKind.Report, dialog.Kind);
        Assert.Empty(SchemaErrors(YamlJson.Parse(Minimal)));
    }

    [Fact]
    public void The_readme_example_passes_both_the_loader_and_the_schema()
    {
        var readme = File.ReadAllText(Path.Combine(Folder, "README.md"));
        var section = readme[readme.IndexOf("## A complete small form", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];
        var dialog = DialogLoader.Parse(yaml, "food-bank.yaml");
        Assert.Equal(["organisation", "item", "amount", "date", "photos"], dialog.Fields.Select(f => f.Id));
        Assert.Empty(SchemaErrors(YamlJson.Parse(yaml)));
    }

    /// <summary>A rule only the loader can check: it needs to compare fields (order, ids, types), which a JSON schema cannot.</summary>
    const string Beyond = "(beyond a schema)";
    /// <summary>Not YAML at all: there is no document to check against the schema.</summary>
    const string NotYaml = "(not YAML)";

    /// <param name="Problem">Part of the loader's message.</param>
    /// <param name="Schema">How the schema's error list flags it ("/fields/0/type: ..."), or <see cref="Beyond"/>, or <see cref="NotYaml"/>.</param>
    public sealed record Broken(string Yaml, string Problem, string Schema)
    {
        public int Line => Yaml.Split('\n').ToList().FindIndex(l => l.Contains(Here)) + 1;
    }

    public static readonly Dictionary<string, Broken> BrokenDialogs = new()
    {
        ["unknown field type"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: name
                type: txt  # <-- here
                label: ชื่อ
                prompt: ชื่ออะไรคะ
            """, "field 'name': unknown type 'txt' (allowed: text, number, quantity,", "/fields/0/type: "),
        ["missing prompt"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: name  # <-- here
                type: text
                label: ชื่อ
            """, "field 'name': 'prompt' is required", "/fields/0: "),
        ["unknown key (typo)"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: name
                type: text
                label: ชื่อ
                prompt: ชื่ออะไรคะ
                requird: false  # <-- here
            """, "field: unknown key 'requird' (allowed: id, type, label, prompt, help, required,", "/fields/0/requird: "),
        ["duplicate field id"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: name
                type: text
                label: ชื่อ
                prompt: ชื่ออะไรคะ
              - id: name  # <-- here
                type: text
                label: ชื่อเล่น
                prompt: ชื่อเล่นอะไรคะ
            """, "field 'name': the id is used twice", Beyond),
        ["when naming a later field"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: note
                type: text
                label: หมายเหตุ
                prompt: มีอะไรเพิ่มเติมไหมคะ
                when: { field: phone, answered: true }  # <-- here
              - id: phone
                type: text
                label: เบอร์โทร
                prompt: เบอร์โทรคะ
            """, "field 'note': 'when' refers to 'phone', which is not an earlier field", Beyond),
        ["choice label of 25 characters"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: kind
                type: choice
                label: ประเภท
                prompt: ประเภทไหนคะ
                choices:
                  - { id: short, label: สั้น }
                  - { id: approved, label: { th: ครัวเรือนที่ได้รับอนุมัติ, en: Approved } }  # <-- here
            """, "choice label 'ครัวเรือนที่ได้รับอนุมัติ' is longer than 20 characters", "/fields/0/choices/1/label/th: "),
        ["English choice label of 25 characters"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: kind
                type: choice
                label: ประเภท
                prompt: ประเภทไหนคะ
                choices:
                  - { id: funds, label: { th: กองทุน, en: Community welfare funding } }  # <-- here
            """, "choice label 'Community welfare funding' is longer than 20 characters", "/fields/0/choices/0/label/en: "),
        ["bad regex pattern"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: phone
                type: text
                label: เบอร์โทร
                prompt: เบอร์โทรคะ
                pattern: "^(0[0-9]{8,9}$"  # <-- here
            """, "field 'phone': pattern is not a valid regular expression", "/fields/0/pattern: "),
        ["measure from a text field"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: note
                type: text
                label: หมายเหตุ
                prompt: มีอะไรเพิ่มเติมไหมคะ
            measures:
              - { from: note, category: notes, unit: ข้อ }  # <-- here
            """, "measure: 'from' must name a quantity or number field, not 'note'", Beyond),
        ["measure counted when an unknown field holds"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: amount
                type: quantity
                label: จำนวน
                prompt: จำนวนเท่าไรคะ
            measures:
              - { from: amount, category: things, when: { field: period, in: [this_period] } }  # <-- here
            """, "measure: 'when' refers to 'period', which is not an earlier field", Beyond),
        ["category template naming a non-choice field"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: place
                type: text
                label: สถานที่
                prompt: ที่ไหนคะ
              - id: amount
                type: quantity
                label: จำนวน
                prompt: จำนวนเท่าไรคะ
            measures:
              - from: amount
                category: "{place}"  # <-- here
            """, "measure: category refers to '{place}', which is not a choice field", Beyond),
        ["invalid YAML (': ' inside an unquoted flow value)"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: time
                type: text
                label: เวลา
                prompt: { th: เวลา: กี่โมงคะ, en: "What time?" }  # <-- here
            """, "not valid YAML", NotYaml),
        ["', ' inside an unquoted flow value"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: food
                type: text
                label: อาหาร
                prompt: { th: แจกอะไรบ้าง เช่น ข้าว, ไข่, en: "What was handed out?" }  # <-- here
            """, "field 'food': 'prompt': unknown key 'ไข่' (allowed: th, en)", "/fields/0/prompt/ไข่: "),
        ["unknown kind"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            kind: survey  # <-- here
            fields:
              - { id: note, type: text, label: หมายเหตุ, prompt: มีอะไรไหมคะ }
            """, "kind must be 'report' or 'registration', not 'survey'", "/kind: "),
        ["unknown role"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            roles: [leader, boss]  # <-- here
            fields:
              - { id: note, type: text, label: หมายเหตุ, prompt: มีอะไรไหมคะ }
            """, "unknown role 'boss' (allowed: anyone, leader, staff, admin)", "/roles/1: "),
        ["dialog id with a space"] = new("""
            id: covid report  # <-- here
            version: 1
            title: ทดสอบ
            fields:
              - { id: note, type: text, label: หมายเหตุ, prompt: มีอะไรไหมคะ }
            """, "dialog id 'covid report' may use only a-z, 0-9, '-' and '_'", "/id: "),
        ["missing version"] = new("""
            id: broken  # <-- here
            title: ทดสอบ
            fields:
              - { id: note, type: text, label: หมายเหตุ, prompt: มีอะไรไหมคะ }
            """, "dialog: 'version' is required", ": Required properties [\"version\"]"),
        ["empty field list"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields: []  # <-- here
            """, "dialog: 'fields' must be a non-empty list", "/fields: "),
        ["field id in capitals"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: OrgName  # <-- here
                type: text
                label: องค์กร
                prompt: องค์กรอะไรคะ
            """, "field 'OrgName': ids use a-z, 0-9 and '_'", "/fields/0/id: "),
        ["label without Thai"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: name
                type: text
                label: { en: Name }  # <-- here
                prompt: ชื่ออะไรคะ
            """, "field 'name': 'label': 'th' is required", "/fields/0/label: Required properties [\"th\"]"),
        ["blank title"] = new("""
            id: broken
            version: 1
            title: "  "  # <-- here
            fields:
              - { id: note, type: text, label: หมายเหตุ, prompt: มีอะไรไหมคะ }
            """, "dialog: 'title' must be a non-empty text", "/title: The string value is not a match"),
        ["choice field without choices"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: kind  # <-- here
                type: choice
                label: ประเภท
                prompt: ประเภทไหนคะ
            """, "field 'kind': 'choices' is required", "/fields/0: Required properties [\"choices\"]"),
        ["choices on a text field"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: name
                type: text
                label: ชื่อ
                prompt: ชื่ออะไรคะ
                choices:
                  - { id: a, label: ก }  # <-- here
            """, "field 'name': only choice and multi_choice fields have choices", "/fields/0/choices: "),
        ["choice id with a dot"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: kind
                type: choice
                label: ประเภท
                prompt: ประเภทไหนคะ
                choices:
                  - id: masks.cloth  # <-- here
                    label: หน้ากากผ้า
            """, "field 'kind': choice id 'masks.cloth' may use only a-z, 0-9 and '_'", "/fields/0/choices/0/id: "),
        ["choice default that is no choice"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: period
                type: choice
                label: ช่วงเวลา
                prompt: ช่วงไหนคะ
                default: this_month  # <-- here
                choices:
                  - { id: this_period, label: เฉพาะช่วงนี้ }
                  - { id: cumulative, label: ยอดสะสม }
            """, "field 'period': default 'this_month' is not one of its choices", Beyond),
        ["date default other than today or yesterday"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: date
                type: date
                label: วันที่
                prompt: วันไหนคะ
                default: tomorrow  # <-- here
            """, "field 'date': a date default is 'today' or 'yesterday'", "/fields/0/default: "),
        ["multiple on a number field"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: people  # <-- here
                type: number
                label: จำนวนคน
                prompt: กี่คนคะ
                multiple: true
            """, "field 'people': 'multiple' applies to quantity fields only", "/fields/0/multiple: "),
        ["must_accept on a text field"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: name  # <-- here
                type: text
                label: ชื่อ
                prompt: ชื่ออะไรคะ
                must_accept: true
            """, "field 'name': 'must_accept' applies to confirm fields only", "/fields/0/must_accept: "),
        ["pattern on a number field"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: people
                type: number
                label: จำนวนคน
                prompt: กี่คนคะ
                pattern: "^[0-9]+$"  # <-- here
            """, "field 'people': 'pattern' applies to text fields only", "/fields/0/pattern: "),
        ["min_length above max_length"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: name  # <-- here
                type: text
                label: ชื่อ
                prompt: ชื่ออะไรคะ
                min_length: 10
                max_length: 5
            """, "field 'name': min_length is larger than max_length", Beyond),
        ["max_length on a number field"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: people  # <-- here
                type: number
                label: จำนวนคน
                prompt: กี่คนคะ
                max_length: 5
            """, "field 'people': 'min_length' and 'max_length' apply to text and location fields only", Beyond),
        ["max_length too long to show back"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: place
                type: location
                label: สถานที่
                prompt: ที่ไหนคะ
                max_length: 5000  # <-- here
            """, "field 'place': max_length is 1 to 4000", "/fields/0/max_length: "),
        ["when without in, not_in or answered"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: kind
                type: choice
                label: ประเภท
                prompt: ประเภทไหนคะ
                choices: [{ id: a, label: ก }, { id: b, label: ข }]
              - id: note
                type: text
                label: หมายเหตุ
                prompt: มีอะไรไหมคะ
                when: { field: kind }  # <-- here
            """, "field 'note': 'when' needs 'in', 'not_in' or 'answered'", "/fields/1/when: "),
        ["when naming a choice the field does not have"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: kind
                type: choice
                label: ประเภท
                prompt: ประเภทไหนคะ
                choices: [{ id: a, label: ก }, { id: b, label: ข }]
              - id: note
                type: text
                label: หมายเหตุ
                prompt: มีอะไรไหมคะ
                when: { field: kind, in: [c] }  # <-- here
            """, "field 'note': 'when' names 'c', which is not a choice of 'kind'", Beyond),
        ["unit_from naming a text field"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - { id: what, type: text, label: สิ่งที่ทำ, prompt: ทำอะไรคะ }
              - id: amount
                type: quantity
                label: จำนวน
                prompt: จำนวนเท่าไรคะ
                unit_from: what  # <-- here
            """, "field 'amount': 'unit_from' must name an earlier choice field, not 'what'", Beyond),
        ["measure from a number field without a unit"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - { id: people, type: number, label: จำนวนคน, prompt: กี่คนคะ }
            measures:
              - { from: people, category: people_reached }  # <-- here
            """, "measure from number field 'people' needs a 'unit'", Beyond),
        ["category template in capitals"] = new("""
            id: broken
            version: 1
            title: ทดสอบ
            fields:
              - id: kind
                type: choice
                label: ประเภท
                prompt: ประเภทไหนคะ
                choices: [{ id: a, label: ก }, { id: b, label: ข }]
              - { id: amount, type: quantity, label: จำนวน, prompt: จำนวนเท่าไรคะ, unit_from: kind }
            measures:
              - { from: amount, category: "{Kind}" }  # <-- here
            """, "measure: category '{Kind}' may refer to fields only as {field_id}", "/measures/0/category: "),
    };

    public static TheoryData<string> BrokenNames() => new(BrokenDialogs.Keys);

    [Theory]
    [MemberData(nameof(BrokenNames))]
    public void A_broken_dialog_is_refused_with_file_line_and_problem(string name)
    {
        var broken = BrokenDialogs[name];
        Assert.True(broken.Line > 0, "the case marks the line its error must name");
        var ex = Assert.Throws<DialogFileException>(() => DialogLoader.Parse(broken.Yaml, "broken.yaml"));
        Assert.Equal("broken.yaml", ex.File);
        Assert.Equal(broken.Line, ex.Line);
        Assert.StartsWith($"broken.yaml line {broken.Line}: ", ex.Message);
        Assert.Contains(broken.Problem, ex.Problem);
    }

    /// <summary>The schema flags every mistake it can express, at the right place, and the table says honestly which ones it cannot.</summary>
    [Theory]
    [MemberData(nameof(BrokenNames))]
    public void The_schema_rejects_what_it_can_express(string name)
    {
        var broken = BrokenDialogs[name];
        if (broken.Schema == NotYaml)
        {
            Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => YamlJson.Parse(broken.Yaml));
            return;
        }
        var errors = SchemaErrors(YamlJson.Parse(broken.Yaml));
        if (broken.Schema == Beyond)
            Assert.True(errors.Count == 0, $"the schema now catches '{name}' too; say where: {string.Join(" | ", errors)}");
        else
            Assert.True(errors.Any(e => e.StartsWith(broken.Schema, StringComparison.Ordinal)), $"expected '{broken.Schema}…' among: {string.Join(" | ", errors)}");
    }

    [Fact]
    public void Two_files_with_one_dialog_id_are_refused()
    {
        var folder = TempFolder();
        File.WriteAllText(Path.Combine(folder, "a.yaml"), Minimal);
        File.WriteAllText(Path.Combine(folder, "b.yaml"), Minimal);
        var ex = Assert.Throws<DialogFileException>(() => DialogLoader.LoadFolder(folder));
        Assert.Equal("b.yaml line 1: dialog id 'mini' is also used by a.yaml", ex.Message);
    }

    [Fact]
    public void The_service_refuses_to_start_with_a_broken_dialog_and_names_file_and_line()
    {
        var folder = TempFolder();
        File.Copy(Path.Combine(Folder, "registration.yaml"), Path.Combine(folder, "registration.yaml"));
        var broken = BrokenDialogs["unknown key (typo)"];
        File.WriteAllText(Path.Combine(folder, "my-report.yaml"), broken.Yaml);
        var settings = new Dictionary<string, string?>
        {
            ["Dialogs:Folder"] = folder,
            ["Line:ChannelSecret"] = "secret", ["Line:ChannelAccessToken"] = "token",
            ["ConnectionStrings:CodiBot"] = $"Data Source={Path.Combine(folder, "codibot.db")}",
            ["Logging:LogLevel:Default"] = "Warning",
        };

        var ex = Assert.Throws<DialogFileException>(() =>
            CodiBotHost.Build(["--urls", "http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(settings)));

        Assert.StartsWith($"my-report.yaml line {broken.Line}: field: unknown key 'requird'", ex.Message);
    }

    static List<string> SchemaErrors(JsonNode? document)
    {
        var result = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return [];
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if"))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid"];
    }

    string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "codibot-tests", "dialogs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _tempFolders.Add(folder);
        return folder;
    }

    public void Dispose()
    {
        foreach (var folder in _tempFolders)
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
