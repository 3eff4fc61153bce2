using System.Text.Json.Nodes;
using CodiBot.Conversations;
using CodiBot.Dialogs;
using CodiBot.Dialogs.Engine;
using CodiBot.Dialogs.Loading;

namespace CodiBot.Tests.Dialogs;

/// <summary>What is not a number gets the field's retry prompt (issue 11 §2); people come in whole numbers.</summary>
public sealed class NumberAnswerTests
{
    static readonly DialogContext Ctx = new(new DateOnly(2020, 4, 9), 1_586_400_000_000, null, []);

    static readonly CodiBot.Dialogs.Definitions.DialogDefinition Dialog = DialogLoader.Parse("""
        id: masks
        version: 1
        title: หน้ากาก
        fields:
          - id: category
            type: choice
            label: กิจกรรม
            prompt: ทำอะไรคะ
            choices: [{ id: mask_distribution, label: แจกหน้ากาก, unit: ชิ้น }]
          - id: quantity
            type: quantity
            label: จำนวน
            prompt: จำนวนเท่าไรคะ
            multiple: true
            unit_from: category
            min: 0
          - id: people_reached
            type: number
            label: จำนวนคน
            prompt: กี่คนคะ
            min: 0
          - id: province
            type: province
            label: จังหวัด
            prompt: จังหวัดอะไรคะ
        measures:
          - { from: quantity, category: "{category}" }
          - { from: people_reached, category: people_reached, unit: คน }
        """, "masks.yaml");

    static ParseResult Answer(string field, string text)
    {
        var state = new DialogState { DialogId = Dialog.Id };
        state.Set("category", JsonValue.Create("mask_distribution"), null);
        return FieldParser.Parse(Dialog, Dialog.Field(field)!, state, text, Ctx, Lang.Th);
    }

    [Theory]
    [InlineData("quantity", "1e309", "ขอเป็นตัวเลขค่ะ")]
    [InlineData("quantity", "{0}", "ขอเป็นตัวเลขค่ะ")]
    [InlineData("quantity", "0x1F", "ขอเป็นตัวเลขค่ะ")]
    [InlineData("quantity", "0/0/0", "ขอเป็นตัวเลขค่ะ")]
    [InlineData("quantity", "1' OR '1'='1", "ขอเป็นตัวเลขค่ะ")]
    [InlineData("quantity", "=1+1", "ขอเป็นตัวเลขค่ะ")]
    [InlineData("quantity", "2.5 คน", "จำนวนคนต้องเป็นจำนวนเต็มค่ะ")]
    [InlineData("people_reached", "3.14159", "ขอเป็นตัวเลขค่ะ")]
    [InlineData("people_reached", "2.5", "จำนวนคนต้องเป็นจำนวนเต็มค่ะ")]
    [InlineData("people_reached", "NaN", "ขอเป็นตัวเลขค่ะ")]
    [InlineData("people_reached", "1e309", "ขอเป็นตัวเลขค่ะ")]
    [InlineData("province", "NaN", "ไม่พบจังหวัดนี้ค่ะ")]
    public void Gets_the_retry_prompt(string field, string text, string retry) =>
        Assert.StartsWith(retry, Assert.IsType<Rejected>(Answer(field, text)).Retry);

    [Theory]
    [InlineData("quantity", "2,000", "2000 ชิ้น")]
    [InlineData("quantity", "1.5 ล้าน", "1500000 ชิ้น")]
    [InlineData("quantity", "1.5 ตัน", "1.5 ตัน")]
    [InlineData("quantity", "300 คน", "300 คน")]
    [InlineData("people_reached", "๑๒๐", "120")]
    [InlineData("people_reached", "1.5 ล้าน", "1500000")]
    [InlineData("province", "Nan", "น่าน")]
    public void Accepts_real_numbers(string field, string text, string expected)
    {
        var value = Assert.IsType<Accepted>(Answer(field, text)).Value;
        var shown = value switch
        {
            JsonArray items => string.Join("|", items.Select(i => $"{i!["value"]} {i["unit"]}")),
            JsonObject number => number["value"]!.ToString(),
            _ => value.ToString(),
        };
        Assert.Equal(expected, shown);
    }
}
