namespace CodiBot.Photos;

/// <summary>What the person is told when a photo they sent could not be kept.</summary>
public static class PhotoWords
{
    public static string Problem(PhotoIntakeOutcome outcome, bool english) => outcome switch
    {
        PhotoIntakeOutcome.TooLarge => english
            ? "This photo is over 10 MB. Please send it again smaller (without \"original\")."
            : "รูปนี้ใหญ่เกิน 10 MB ค่ะ ลองส่งใหม่แบบย่อขนาด (ไม่เลือก \"ต้นฉบับ\")",
        PhotoIntakeOutcome.NotAnImage => english ? "This file is not a photo. Please send a JPG or PNG picture." : "ไฟล์นี้ไม่ใช่รูปภาพค่ะ กรุณาส่งเป็นรูป JPG หรือ PNG",
        PhotoIntakeOutcome.Gone => english ? "This photo was unsent." : "รูปนี้ถูกยกเลิกการส่งแล้วค่ะ",
        PhotoIntakeOutcome.NoMessage => english
            ? "Sorry, this photo did not come through. Please send the photo again."
            : "ขออภัยค่ะ ไม่ได้รับรูปนี้ กรุณาส่งรูปใหม่อีกครั้ง",
        PhotoIntakeOutcome.Unavailable => english
            ? "Sorry, LINE could not give me this photo just now. Please send this photo again."
            : "ขออภัยค่ะ ตอนนี้ดึงรูปนี้จาก LINE ไม่ได้ กรุณาส่งรูปนี้ใหม่อีกครั้ง",
        _ => english ? "I could not get this photo from LINE yet. Please send it again." : "ยังดึงรูปนี้จาก LINE ไม่ได้ค่ะ กรุณาส่งใหม่อีกครั้ง",
    };
}
