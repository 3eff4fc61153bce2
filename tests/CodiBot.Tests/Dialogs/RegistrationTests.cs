using CodiBot.Simulator;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Dialogs;

[Collection(SharedBotCollection.Name)]
public sealed class RegistrationTests(SharedBot shared)
{
    readonly TestBot _bot = shared.Bot;

    [Fact]
    public async Task A_typical_leader_registers_in_six_turns_with_the_display_name_a_tap_and_the_place_worked_out_from_the_organisation()
    {
        var leader = new Chatter(_bot);
        _bot.Platform.AddUser(leader.UserId, "สมศรี ใจดี"); // a friend: LINE answers the profile
        var consent = await leader.SayAsync("ลงทะเบียน");
        Assert.Contains("ขออนุญาตเก็บข้อมูล", consent.Text());
        var turns = 0;
        async Task<DeliveredMessage> Turn(string text) { turns++; return await leader.SayAsync(text); }

        var name = await Turn("ยินยอม");
        Assert.Contains("ชื่อ-นามสกุล", name.Text());
        Assert.Equal("สมศรี ใจดี", name.QuickReplyLabels()[0]); // the LINE display name, one tap
        Assert.Contains("ชื่อองค์กร", (await Turn("สมศรี ใจดี")).Text());
        // "สภาองค์กรชุมชน…" is the type and "ตำบลชะโนดน้อย" the place: ดงหลวง, มุกดาหาร, in the Northeast.
        var region = await Turn("สภาองค์กรชุมชนตำบลชะโนดน้อย");
        Assert.Contains("ภาค", region.Text());
        Assert.Equal("อีสาน", region.QuickReplyLabels()[0]); // the likely region first, still a choice
        Assert.Contains("ข้าม", (await Turn("อีสาน")).QuickReplyLabels());
        var summary = await Turn("ข้าม");
        Assert.Contains("📋", summary.Text());
        Assert.Contains("2. ชื่อ-นามสกุล: สมศรี ใจดี", summary.Text());
        Assert.Contains("ประเภทองค์กร: สภาองค์กรชุมชน", summary.Text());
        Assert.Contains("ต.ชะโนดน้อย อ.ดงหลวง จ.มุกดาหาร", summary.Text());
        Assert.Contains("ภาคตะวันออกเฉียงเหนือ", summary.Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}'"));

        Assert.Contains("ลงทะเบียนเรียบร้อย", (await Turn("ยืนยัน")).Text());
        Assert.Equal(6, turns);
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}' AND Name = 'สมศรี ใจดี' AND Phone IS NULL"));
        Assert.Equal(1, await _bot.ScalarAsync($"""
            SELECT COUNT(*) FROM memberships m JOIN organisations o ON o.Id = m.OrganisationId
            WHERE m.UserId = '{leader.UserId}' AND o.Type = 'community_council' AND o.Subdistrict = 'ชะโนดน้อย' AND o.District = 'ดงหลวง'
              AND o.Province = 'มุกดาหาร' AND o.Region = 'northeast'
            """));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task A_subdistrict_several_provinces_share_gets_a_button_for_each_and_the_tapped_province_suggests_the_region()
    {
        var leader = new Chatter(_bot);
        await leader.SayAsync("ลงทะเบียน");
        await leader.SayAsync("ยินยอม");
        await leader.SayAsync("สมชาย รักษ์ถิ่น");
        Assert.Contains("ประเภท", (await leader.SayAsync("กลุ่มออมทรัพย์บ้านทุ่ง")).Text()); // nothing in the name to go by
        Assert.Contains("ตำบลอะไร", (await leader.SayAsync("อื่น ๆ")).Text());
        Assert.Contains("ไม่พบพื้นที่", (await leader.SayAsync("แอตแลนติส")).Text());
        var which = await leader.SayAsync("หนองหลวง");
        Assert.Contains("หลายแห่ง", which.Text());
        Assert.Contains("อ.เมืองตาก จ.ตาก", which.QuickReplyLabels());
        Assert.Contains("สว่างแดนดิน สกลนคร", which.QuickReplyLabels()); // without อ./จ. to fit LINE's 20 characters
        var region = await leader.SayAsync(which.Message["quickReply"]!["items"]!.AsArray()
            .Select(i => i!["action"]!).First(a => a["label"]!.ToString() == "อ.เมืองตาก จ.ตาก")["text"]!.ToString());
        Assert.Equal("เหนือ", region.QuickReplyLabels()[0]);
        await leader.SayAsync("เหนือ");
        Assert.Contains("ต.หนองหลวง อ.เมืองตาก จ.ตาก", (await leader.SayAsync("ข้าม")).Text());
    }

    [Fact]
    public async Task A_district_alone_gives_district_and_province()
    {
        var leader = new Chatter(_bot);
        await leader.SayAsync("ลงทะเบียน");
        await leader.SayAsync("ยินยอม");
        await leader.SayAsync("สมชาย รักษ์ถิ่น");
        await leader.SayAsync("เครือข่ายผู้นำชุมชน");
        var region = await leader.SayAsync("อ.หว้านใหญ่");
        Assert.Equal("อีสาน", region.QuickReplyLabels()[0]);
        await leader.SayAsync("อีสาน");
        Assert.Contains("อ.หว้านใหญ่ จ.มุกดาหาร", (await leader.SayAsync("ข้าม")).Text());
    }

    [Fact]
    public async Task Refusing_consent_stores_nothing_and_says_how_to_come_back()
    {
        var leader = new Chatter(_bot);
        await leader.SayAsync("ลงทะเบียน");
        var answer = await leader.SayAsync("ไม่ยินยอม");
        Assert.Contains("ไม่มีการเก็บข้อมูล", answer.Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{leader.UserId}'"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task Wrong_answers_get_specific_retry_prompts_and_keep_what_was_entered()
    {
        var leader = new Chatter(_bot);
        await leader.SayAsync("ลงทะเบียน");
        await leader.SayAsync("ยินยอม");
        Assert.Contains("จำเป็น", (await leader.SayAsync("ข้าม")).Text()); // a required field cannot be skipped
        Assert.Contains("อย่างน้อย 2", (await leader.SayAsync("ส")).Text());
        await leader.SayAsync("สมชาย รักษ์ถิ่น");
        await leader.SayAsync("เครือข่ายสวัสดิการชุมชนตำบลละแม"); // network or welfare fund: asked
        Assert.Contains("เลือกจากปุ่ม", (await leader.SayAsync("ร้านกาแฟ")).Text());
        await leader.SayAsync("เครือข่าย");
        await leader.SayAsync("ใต้");
        var phone = await leader.SayAsync("12345");
        Assert.Contains("ขึ้นต้นด้วย 0", phone.Text());
        var summary = await leader.SayAsync("0891112222");
        Assert.Contains("สมชาย รักษ์ถิ่น", summary.Text());
        Assert.Contains("ต.ละแม อ.ละแม จ.ชุมพร", summary.Text());
    }

    [Fact]
    public async Task My_data_shows_what_is_stored_and_delete_removes_it_after_asking()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync("เครือข่ายสวัสดิการชุมชนจังหวัดน่าน", "น่าน", "เหนือ");
        var mine = await leader.SayAsync("ข้อมูลของฉัน");
        Assert.Contains("สมศรี ใจดี", mine.Text());
        Assert.Contains("เครือข่ายสวัสดิการชุมชนจังหวัดน่าน", mine.Text());
        Assert.Contains("ลบข้อมูลของฉัน", mine.QuickReplyLabels());

        var ask = await leader.SayAsync("ลบข้อมูลของฉัน");
        Assert.Contains("ใช่ไหม", ask.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}'"));
        Assert.Contains("ลบข้อมูลของคุณเรียบร้อย", (await leader.SayAsync("ลบข้อมูล")).Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}'"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM memberships WHERE UserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task A_registered_person_adds_a_second_organisation_without_consent_and_name_again()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        var first = await leader.SayAsync("เพิ่มองค์กร");
        Assert.Contains("ชื่อองค์กร", first.Text());
        await leader.SayAsync("กองทุนสวัสดิการชุมชนตำบลละงู");
        await leader.SayAsync("ใต้");
        await leader.SayAsync("ยืนยัน");
        Assert.Equal(2, await _bot.ScalarAsync($"SELECT COUNT(*) FROM memberships WHERE UserId = '{leader.UserId}'"));
        // With two organisations, a report asks which one.
        var which = await leader.SayAsync("รายงานโควิด");
        Assert.Contains("องค์กรไหน", which.Text());
        Assert.Contains("กองทุนสวัสดิการชุมช…", which.QuickReplyLabels()); // labels longer than 20 are clipped
    }

    [Fact]
    public async Task A_registered_person_is_not_offered_registration_in_menus_or_help()
    {
        var leader = new Chatter(_bot);
        Assert.Contains("ลงทะเบียน", (await leader.SayAsync("ช่วยเหลือ")).QuickReplyLabels()); // a newcomer is
        await leader.RegisterAsync();
        var help = await leader.SayAsync("ช่วยเหลือ");
        Assert.DoesNotContain("ลงทะเบียน", help.QuickReplyLabels());
        Assert.DoesNotContain("• ลงทะเบียน", help.Text());
        Assert.Contains("เพิ่มองค์กร", help.Text());
        Assert.DoesNotContain("ลงทะเบียน", (await leader.SayAsync("สวัสดี")).QuickReplyLabels());
        Assert.DoesNotContain("ลงทะเบียน", (await leader.SayAsync("asdfgh")).QuickReplyLabels());
        Assert.Contains("เพิ่มองค์กร", (await leader.SayAsync("ข้อมูลของฉัน")).QuickReplyLabels());
    }

    [Fact]
    public async Task Registration_asked_in_a_group_continues_in_the_1to1_chat_of_a_friend()
    {
        var group = Simulator.LineIds.Random('C');
        var inGroup = new Chatter(_bot, group);
        _bot.Platform.AddUser(inGroup.UserId, "สมศรี ใจดี");
        var said = await inGroup.SayAsync("ลงทะเบียน");
        Assert.Contains("แชตส่วนตัว", said.Text());
        Assert.DoesNotContain("ขออนุญาตเก็บข้อมูล", string.Join("\n", _bot.Platform.Delivered(group).Select(m => m.Text())));

        var consent = Assert.Single(await _bot.MessagesAsync(inGroup.UserId, 1));
        Assert.Equal("push", consent.How);
        Assert.Contains("ขออนุญาตเก็บข้อมูล", consent.Text());
        var alone = new Chatter(_bot, userId: inGroup.UserId);
        Assert.Equal("สมศรี ใจดี", (await alone.SayAsync("ยินยอม")).QuickReplyLabels()[0]);
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE ConversationKey LIKE 'g:%{inGroup.UserId}'"));
    }

    [Fact]
    public async Task A_report_in_a_group_from_someone_not_registered_who_is_no_friend_says_in_the_group_how_to_add_the_bot()
    {
        var group = Simulator.LineIds.Random('C');
        var stranger = new Chatter(_bot, group); // LINE answers no profile: not the bot's friend
        var said = await stranger.SayAsync("แจกหน้ากากผ้า 500 ชิ้น");
        Assert.Contains("เพิ่ม CodiBot เป็นเพื่อน", said.Text());
        Assert.Contains("แชตส่วนตัว", said.Text());
        Assert.Empty(_bot.Platform.Delivered(stranger.UserId));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{stranger.UserId}'"));
    }
}
